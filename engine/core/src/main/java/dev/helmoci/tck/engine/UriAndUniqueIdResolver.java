package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.suite.Suite;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.discovery.UriSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Turns URIs ({@code file:…} or {@code classpath:/…}, optionally {@code ?line=N}) and unique ids
 * ({@code [engine:helm-oci-tck]/[suite:<uri>]/[case:<id>]}) into suite selectors.
 */
final class UriAndUniqueIdResolver implements SelectorResolver {

  private final UniqueId engineId;
  private final SuiteFileResolver files;

  UriAndUniqueIdResolver(UniqueId engineId, SuiteFileResolver files) {
    this.engineId = engineId;
    this.files = files;
  }

  @Override
  public Resolution resolve(UriSelector selector, Context context) {
    URI uri = selector.getUri();
    if (uri.getPath() == null || !uri.getPath().endsWith(Constants.SUITE_FILE_SUFFIX)) {
      return Resolution.unresolved();
    }
    Optional<FilePosition> position = FilePosition.fromQuery(uri.getQuery());
    if ("file".equals(uri.getScheme())) {
      Path path = Path.of(withoutQuery(uri));
      return Resolution.selectors(
          Set.of(
              position
                  .map(p -> DiscoverySelectors.selectFile(path.toFile(), p))
                  .orElseGet(() -> DiscoverySelectors.selectFile(path.toFile()))));
    }
    if ("classpath".equals(uri.getScheme())) {
      String name = uri.getPath().substring(1);
      return Resolution.selectors(
          Set.of(
              position
                  .map(p -> DiscoverySelectors.selectClasspathResource(name, p))
                  .orElseGet(() -> DiscoverySelectors.selectClasspathResource(name))));
    }
    return Resolution.unresolved();
  }

  private static URI withoutQuery(URI uri) {
    try {
      return new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot strip the query from " + uri, e);
    }
  }

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    UniqueId id = selector.getUniqueId();
    List<UniqueId.Segment> segments = id.getSegments();
    if (!id.hasPrefix(engineId)
        || segments.size() < 2
        || !segments.get(1).getType().equals(SuiteDescriptor.SEGMENT_TYPE)) {
      return Resolution.unresolved();
    }
    Optional<Suite> suite;
    try {
      suite = files.read(URI.create(segments.get(1).getValue()));
    } catch (IllegalArgumentException e) {
      return Resolution.unresolved();
    }
    if (suite.isEmpty()) {
      return Resolution.unresolved();
    }
    if (segments.size() == 2) {
      return Resolution.selectors(Set.of(new SuiteSelectors.WholeSuite(suite.get())));
    }
    UniqueId.Segment caseSegment = segments.get(2);
    if (segments.size() > 3
        || !caseSegment.getType().equals(CaseDescriptor.SEGMENT_TYPE)
        || suite.get().findCase(caseSegment.getValue()).isEmpty()) {
      return Resolution.unresolved();
    }
    DiscoverySelector one = new SuiteSelectors.OneCase(suite.get(), caseSegment.getValue());
    return Resolution.selectors(Set.of(one));
  }
}
