package dev.helmoci.tck.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import org.junit.jupiter.api.Test;

/**
 * http steps against a real registry: the embedded one the {@code embedded} target provider starts.
 */
class EmbeddedTargetIT {

  @Test
  void probeSuitePassesAgainstTheEmbeddedRegistry() {
    // Without Docker or a registry binary there is nothing real to run against; that is reported as
    // skipped.
    RequiredPeers.available(RegistryLauncher.embeddedDefault());
    TestSuites.engine()
        .selectors(selectClasspathResource("dev/helmoci/tck/engine/embedded/probe.suite.yaml"))
        .configurationParameter(Constants.TARGET_PROVIDER_PROPERTY_NAME, "embedded")
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(3).succeeded(3));
  }
}
