package dev.helmoci.tck.engine;

import static dev.helmoci.tck.engine.Constants.SUITE_FILE_SUFFIX;

import dev.helmoci.tck.engine.suite.Case;
import dev.helmoci.tck.engine.suite.Suite;
import dev.helmoci.tck.engine.suite.SuiteLocation;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves suite files — by {@link FileSelector} or {@link ClasspathResourceSelector} (both
 * optionally with a line: the case at or containing it) — and the internal {@link SuiteSelectors}.
 * A selected case brings the cases it depends on, so it can run alone.
 */
final class SuiteFileResolver implements SelectorResolver {

  private final SuiteReader reader;

  SuiteFileResolver(SuiteReader reader) {
    this.reader = reader;
  }

  @Override
  public Resolution resolve(FileSelector selector, Context context) {
    Path path = selector.getPath();
    if (!path.getFileName().toString().endsWith(SUITE_FILE_SUFFIX) || !Files.isRegularFile(path)) {
      return Resolution.unresolved();
    }
    return reader
        .read(SuiteLocation.ofFile(path), () -> Files.newInputStream(path))
        .map(suite -> select(suite, selector.getPosition()))
        .orElseGet(Resolution::unresolved);
  }

  @Override
  public Resolution resolve(ClasspathResourceSelector selector, Context context) {
    if (!selector.getClasspathResourceName().endsWith(SUITE_FILE_SUFFIX)) {
      return Resolution.unresolved();
    }
    Set<Resource> resources = selector.getResources();
    if (resources.isEmpty()) {
      return Resolution.unresolved();
    }
    // Several jars may hold the same name; the first on the class path wins, as for classes.
    Resource resource = resources.iterator().next();
    return reader
        .read(SuiteLocation.ofClasspath(resource.getName()), resource::getInputStream)
        .map(suite -> select(suite, selector.getPosition()))
        .orElseGet(Resolution::unresolved);
  }

  /**
   * Reads the suite at a location named by URI ({@code file:} or {@code classpath:/}), for unique
   * ids.
   */
  Optional<Suite> read(URI uri) {
    if ("file".equals(uri.getScheme())) {
      Path path = Path.of(uri);
      return Files.isRegularFile(path)
          ? reader.read(SuiteLocation.ofFile(path), () -> Files.newInputStream(path))
          : Optional.empty();
    }
    if ("classpath".equals(uri.getScheme()) && uri.getPath() != null) {
      String name = uri.getPath().substring(1);
      URL url = Thread.currentThread().getContextClassLoader().getResource(name);
      return url == null
          ? Optional.empty()
          : reader.read(SuiteLocation.ofClasspath(name), url::openStream);
    }
    return Optional.empty();
  }

  private static Resolution select(Suite suite, Optional<FilePosition> position) {
    Optional<Case> atLine = position.flatMap(p -> suite.caseAtLine(p.getLine()));
    DiscoverySelector selector =
        atLine
            .<DiscoverySelector>map(c -> new SuiteSelectors.OneCase(suite, c.id()))
            .orElseGet(() -> new SuiteSelectors.WholeSuite(suite));
    return Resolution.selectors(Set.of(selector));
  }

  @Override
  public Resolution resolve(DiscoverySelector selector, Context context) {
    if (selector instanceof SuiteSelectors.WholeSuite) {
      Suite suite = ((SuiteSelectors.WholeSuite) selector).suite;
      if (suite.cases().isEmpty()) {
        return Resolution.unresolved();
      }
      return context
          .addToParent(parent -> Optional.of(suiteDescriptor(parent, suite)))
          .map(descriptor -> Match.exact(descriptor, () -> allCases(suite)))
          .map(Resolution::match)
          .orElseGet(Resolution::unresolved);
    }
    if (selector instanceof SuiteSelectors.OneCase) {
      SuiteSelectors.OneCase one = (SuiteSelectors.OneCase) selector;
      Set<Match> matches = new LinkedHashSet<>();
      for (Case c : withDependencies(one.suite, one.caseId)) {
        context
            .addToParent(
                () -> new SuiteSelectors.WholeSuite(one.suite),
                parent -> Optional.of(caseDescriptor(parent, one.suite, c)))
            .ifPresent(descriptor -> matches.add(Match.exact(descriptor)));
      }
      return matches.isEmpty() ? Resolution.unresolved() : Resolution.matches(matches);
    }
    return Resolution.unresolved();
  }

  private static Set<DiscoverySelector> allCases(Suite suite) {
    Set<DiscoverySelector> selectors = new LinkedHashSet<>();
    suite.cases().forEach(c -> selectors.add(new SuiteSelectors.OneCase(suite, c.id())));
    return selectors;
  }

  private static List<Case> withDependencies(Suite suite, String caseId) {
    Set<Case> result = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(caseId));
    while (!pending.isEmpty()) {
      suite
          .findCase(pending.pop())
          .filter(result::add)
          .ifPresent(c -> pending.addAll(c.dependsOn()));
    }
    return List.copyOf(result);
  }

  // The resolution keeps one descriptor per unique id, so selecting a case twice adds it once.
  private static TestDescriptor suiteDescriptor(TestDescriptor parent, Suite suite) {
    return new SuiteDescriptor(parent.getUniqueId(), suite);
  }

  private static TestDescriptor caseDescriptor(TestDescriptor parent, Suite suite, Case c) {
    return new CaseDescriptor(parent.getUniqueId(), suite, c);
  }
}
