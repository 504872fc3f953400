package dev.helmoci.tck.suites.detection;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.helmoci.tck.fixtures.registry.BasicCredentials;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Every built-in suite run once by the {@code helm-oci-tck} engine against a registry URL, in this
 * JVM.
 *
 * <p>Only the TCK engine is included: the package {@code dev.helmoci.tck.suites} also holds Jupiter
 * and {@code @Suite} classes (this one among them), which must not run again inside a detection
 * run.
 */
final class SuiteRun {
  static final String SUITES_PACKAGE = "dev.helmoci.tck.suites";
  private static final String ENGINE_ID = "helm-oci-tck";

  private final String driver;
  private final int parallelism;
  private final String profiles;
  private final Path outputDirectory;

  /**
   * @param profiles comma-separated profiles, or empty for every suite
   * @param outputDirectory where the engine writes its ledger of pushed repositories
   */
  SuiteRun(String driver, int parallelism, String profiles, Path outputDirectory) {
    this.driver = driver;
    this.parallelism = parallelism;
    this.profiles = profiles;
    this.outputDirectory = outputDirectory;
  }

  /**
   * @param runId names the run's repository namespace ({@code tck-<runId>}) and its ledger
   * @param features when present, only the cases verifying one of these features run
   */
  List<CaseOutcome> against(
      URI target,
      Optional<BasicCredentials> credentials,
      Optional<BasicCredentials> reader,
      String runId,
      Optional<Set<String>> features) {
    OutcomeListener listener = new OutcomeListener();
    LauncherDiscoveryRequestBuilder request = request(target, credentials, runId, features);
    reader.ifPresent(
        r ->
            request
                .configurationParameter("helm-oci-tck.target.reader.username", r.username())
                .configurationParameter("helm-oci-tck.target.reader.password", r.password()));
    LauncherFactory.create().execute(request.build(), listener);
    return listener.outcomes();
  }

  /**
   * The {@code verifies} features of every case the suites hold, by discovery only (nothing is run,
   * so the target URL is never contacted).
   */
  List<Set<String>> discoverCaseFeatures() {
    BasicCredentials nobody = new BasicCredentials("discovery", "discovery");
    TestPlan plan =
        LauncherFactory.create()
            .discover(
                request(
                        URI.create("http://127.0.0.1:1"),
                        Optional.of(nobody),
                        "discovery",
                        Optional.empty())
                    .build());
    List<Set<String>> features = new ArrayList<>();
    plan.getRoots()
        .forEach(
            root ->
                plan.getDescendants(root).stream()
                    .filter(TestIdentifier::isTest)
                    .forEach(
                        id ->
                            features.add(
                                id.getTags().stream()
                                    .map(t -> t.getName())
                                    .filter(n -> n.startsWith("feature:"))
                                    .map(n -> n.substring("feature:".length()))
                                    .collect(Collectors.toSet()))));
    return features;
  }

  private LauncherDiscoveryRequestBuilder request(
      URI target,
      Optional<BasicCredentials> credentials,
      String runId,
      Optional<Set<String>> features) {
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectPackage(SUITES_PACKAGE))
            .filters(EngineFilter.includeEngines(ENGINE_ID))
            // Reporting listeners found on the class path (Allure) would write a result set per
            // detection run.
            .configurationParameter(
                "junit.platform.execution.listeners.deactivate", "io.qameta.allure.*")
            .configurationParameter("helm-oci-tck.target.provider", "url")
            // Each scenario's registry is thrown away: cleaning up through a faulty proxy only
            // costs retries.
            .configurationParameter("helm-oci-tck.cleanup", "false")
            .configurationParameter("helm-oci-tck.target.url", target.toString())
            .configurationParameter("helm-oci-tck.target.plain-http", "true")
            .configurationParameter("helm-oci-tck.driver", driver)
            .configurationParameter("helm-oci-tck.parallelism", Integer.toString(parallelism))
            .configurationParameter("helm-oci-tck.run-id", runId.toLowerCase(Locale.ROOT))
            .configurationParameter("helm-oci-tck.output.directory", outputDirectory.toString());
    credentials.ifPresent(
        c ->
            request
                .configurationParameter("helm-oci-tck.target.username", c.username())
                .configurationParameter("helm-oci-tck.target.password", c.password()));
    features.ifPresent(names -> request.filters(new FeatureFilter(names)));
    if (!profiles.isBlank()) {
      request.configurationParameter("helm-oci-tck.profiles", profiles);
    }
    return request;
  }
}
