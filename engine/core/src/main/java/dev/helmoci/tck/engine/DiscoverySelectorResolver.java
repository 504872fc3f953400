package dev.helmoci.tck.engine;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/** Wires one resolver per selector family; holds no logic of its own. */
final class DiscoverySelectorResolver {

  void resolveSelectors(
      EngineDiscoveryRequest request,
      HelmOciEngineDescriptor engine,
      DiscoveryIssueReporter issues) {
    SuiteReader reader = new SuiteReader(issues);
    SuiteFileResolver files = new SuiteFileResolver(reader);
    EngineDiscoveryRequestResolver.<HelmOciEngineDescriptor>builder()
        .addResourceContainerSelectorResolver(
            resource -> resource.getName().endsWith(Constants.SUITE_FILE_SUFFIX))
        .addSelectorResolver(new DirectoryResolver())
        .addSelectorResolver(files)
        .addSelectorResolver(new UriAndUniqueIdResolver(engine.getUniqueId(), files))
        .addSelectorResolver(new CaseSelectorResolver(reader, issues))
        .addTestDescriptorVisitor(
            context ->
                descriptor -> {
                  if (descriptor instanceof SuiteDescriptor) {
                    ((SuiteDescriptor) descriptor).orderByDependencies();
                  }
                })
        .build()
        .resolve(request, engine, issues);
    reader.brokenSuites(engine.getUniqueId()).forEach(engine::addChild);
  }
}
