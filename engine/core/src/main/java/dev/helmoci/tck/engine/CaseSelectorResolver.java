package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.suite.SuiteLocation;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.commons.support.ResourceSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Finds the suites on the class path (directory roots and jars: the distribution and the image run
 * the kit from jars) that define the selected case id.
 */
final class CaseSelectorResolver implements SelectorResolver {

  private final SuiteReader reader;
  private final DiscoveryIssueReporter issues;

  CaseSelectorResolver(SuiteReader reader, DiscoveryIssueReporter issues) {
    this.reader = reader;
    this.issues = issues;
  }

  @Override
  public Resolution resolve(DiscoverySelector selector, Context context) {
    if (!(selector instanceof CaseSelector)) {
      return Resolution.unresolved();
    }
    String caseId = ((CaseSelector) selector).getCaseId();
    Set<DiscoverySelector> found = new LinkedHashSet<>();
    ResourceFilter suites =
        ResourceFilter.of(r -> r.getName().endsWith(Constants.SUITE_FILE_SUFFIX));
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      Path root = Path.of(entry.isEmpty() ? "." : entry);
      URI uri;
      if (Files.isDirectory(root)) {
        uri = root.toUri();
      } else if (Files.isRegularFile(root) && root.getFileName().toString().endsWith(".jar")) {
        uri = URI.create("jar:" + root.toUri() + "!/");
      } else {
        continue;
      }
      for (Resource resource : ResourceSupport.findAllResourcesInClasspathRoot(uri, suites)) {
        reader
            .read(SuiteLocation.ofClasspath(resource.getName()), resource::getInputStream)
            .filter(suite -> suite.findCase(caseId).isPresent())
            .ifPresent(suite -> found.add(new SuiteSelectors.OneCase(suite, caseId)));
      }
    }
    if (found.isEmpty()) {
      issues.reportIssue(
          DiscoveryIssue.builder(
              DiscoveryIssue.Severity.WARNING,
              "no case with id '" + caseId + "' in any *.suite.yaml on the class path"));
      return Resolution.unresolved();
    }
    return Resolution.selectors(found);
  }
}
