package dev.helmoci.tck.authmatrix;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs suites of {@code dev/helmoci/tck/authmatrix} through the {@code helm-oci-tck} engine in this
 * JVM, with the given configuration parameters, and returns every case's outcome.
 */
final class SuiteLauncher {
  static final String ROUNDTRIP = "roundtrip";
  static final String PUBLIC_PULL = "public-pull";
  static final String READ_ONLY = "read-only";
  static final String DOCKER_CONFIG = "docker-config";
  private static final String RESOURCES = "dev/helmoci/tck/authmatrix/";

  private SuiteLauncher() {}

  /**
   * @param suites suite file names without {@code .suite.yaml}: {@link #ROUNDTRIP} …
   * @param extraListeners reporting listeners that watch the same run
   */
  static CaseResults run(
      Map<String, String> configuration,
      List<String> suites,
      TestExecutionListener... extraListeners) {
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(
                suites.stream()
                    .map(s -> selectClasspathResource(RESOURCES + s + ".suite.yaml"))
                    .toList())
            .filters(EngineFilter.includeEngines("helm-oci-tck"))
            // Allure, found on the class path, would otherwise write a result set for every matrix
            // cell.
            .configurationParameter(
                "junit.platform.execution.listeners.deactivate", "io.qameta.allure.*")
            // A registry the kit did not start is cleaned up by default; the matrix throws its
            // registries away.
            .configurationParameter("helm-oci-tck.cleanup", "false")
            .configurationParameters(configuration);
    return execute(request.build(), extraListeners);
  }

  static CaseResults execute(
      LauncherDiscoveryRequest request, TestExecutionListener... extraListeners) {
    CaseResults results = new CaseResults();
    TestExecutionListener[] listeners = new TestExecutionListener[extraListeners.length + 1];
    listeners[0] = results;
    System.arraycopy(extraListeners, 0, listeners, 1, extraListeners.length);
    LauncherFactory.create().execute(request, listeners);
    return results;
  }
}
