package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.engine.CaseSelector;
import dev.helmoci.tck.engine.Constants;
import dev.helmoci.tck.reports.Outcome;
import dev.helmoci.tck.reports.RunResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code helm-oci-tck run}: discover, run, report, and exit with a code CI systems understand. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run the suites against a registry (the embedded one unless --target is given).",
    footer = {
      "",
      "Environment: OCI_ROOT_URL, OCI_USERNAME, OCI_PASSWORD, OCI_TOKEN, OCI_NAMESPACE,",
      "  OCI_READER_USERNAME, OCI_READER_PASSWORD (secrets only ever from the environment).",
      "Exit codes: 0 no case failed (warn, expected-fail, unsupported and disabled do not count);",
      "  1 a case whose failure breaks a helm command failed (or a deviation, with --strict);",
      "  2 the kit or its environment broke, a suite file is broken, or the arguments select nothing;",
      "  130 / 143 stopped by SIGINT / SIGTERM (running cases stopped, cleanup done, reports written)."
    })
final class RunCommand implements Callable<Integer> {
  static final String BUILT_IN_SUITES = "dev.helmoci.tck.suites";

  @Parameters(
      paramLabel = "SUITE",
      arity = "0..*",
      description =
          "suite files or directories; FILE:LINE runs the case at that line. Default: the built-in suites.")
  List<String> suites = new ArrayList<>();

  @Option(names = "--case", paramLabel = "ID", description = "run only this case (repeatable)")
  List<String> cases = new ArrayList<>();

  @Option(
      names = "--tags",
      paramLabel = "EXPR",
      description = "JUnit tag expression, e.g. 'feature:push & level:MUST'")
  String tags;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "run the suites of these profiles (repeatable)")
  List<String> profiles = new ArrayList<>();

  @Option(
      names = "--shard",
      paramLabel = "I/N",
      description =
          "run share I of N of the selected cases (stable across machines; dependsOn kept together)")
  String shard;

  @Option(
      names = "--driver",
      defaultValue = "reference",
      description =
          "reference, helm3, helm4 (the pinned ones) or helm@X.Y.Z (built by ./tck provision helm X.Y.Z) (default: ${DEFAULT-VALUE})")
  String driver;

  @Option(
      names = "--target",
      paramLabel = "URL",
      description = "registry URL (env OCI_ROOT_URL); default: embedded")
  String target;

  @Option(
      names = "--embedded",
      paramLabel = "REGISTRY",
      defaultValue = "default",
      description =
          "embedded registry: default, zot, distribution-3[:container|:process], distribution-2")
  String embedded;

  @Option(names = "--username", description = "registry username (env OCI_USERNAME)")
  String username;

  @Option(
      names = "--reader-username",
      paramLabel = "USER",
      description =
          "a second, pull-only account for the scope cases (env OCI_READER_USERNAME; password from OCI_READER_PASSWORD)")
  String readerUsername;

  @Option(names = "--namespace", description = "repository prefix (env OCI_NAMESPACE)")
  String namespace;

  @Mixin TlsFlags tls;

  @Option(
      names = "--parallelism",
      paramLabel = "N|auto",
      defaultValue = ParallelismChoice.AUTO,
      description = {
        "cases run at once; auto: 1 against a local registry, 8 against one 5 ms or more away",
        "(measured by a TCP connect; the choice and its reason are printed) (default: ${DEFAULT-VALUE})"
      })
  String parallelismOption;

  /** What {@link #parallelismOption} resolved to, once {@link #call} has started. */
  int parallelism = 1;

  @Option(
      names = "--reports",
      defaultValue = "target/helm-oci-tck-report",
      description = {
        "where JUnit XML, results.json, summary.md, report.html, matrix.md/json and allure-results",
        "go (default: ${DEFAULT-VALUE})"
      })
  Path reports;

  @Option(names = "--strict", description = "a deviation Helm tolerates (warn) fails the run too")
  boolean strict;

  @Option(
      names = "--expectations",
      paramLabel = "FILE",
      description =
          "known failures (YAML: expectations: [{case, reason, link, expires}]) reported as expected-fail")
  Path expectations;

  @Option(
      names = "--keep-work",
      description =
          "keep the run's work directory (helm homes, charts; may hold credentials) for debugging")
  boolean keepWork;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "KEY=VALUE",
      description = "any engine configuration parameter")
  Map<String, String> config = new LinkedHashMap<>();

  @Mixin CertificationOptions certification = new CertificationOptions();

  @Override
  public Integer call() throws IOException {
    for (String key : config.keySet()) {
      if (key.endsWith(".password") || key.endsWith(".token")) {
        // A command line is seen by every process on the host and lands in shell histories and CI
        // logs.
        System.err.println(
            "error: -c "
                + key
                + " would put a secret on the command line; set OCI_PASSWORD, "
                + "OCI_READER_PASSWORD or OCI_TOKEN in the environment instead");
        return TckCli.KIT_ERROR;
      }
    }
    SignalHandling.install(Duration.ofSeconds(60));
    Optional<String> refused = certification.refusal(expectations, strict);
    if (refused.isPresent()) {
      System.err.println("error: " + refused.get());
      return TckCli.KIT_ERROR;
    }
    ParallelismChoice choice;
    try {
      choice = ParallelismChoice.resolve(parallelismOption, target);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return TckCli.KIT_ERROR;
    }
    parallelism = choice.value();
    System.out.println("Parallelism: " + parallelism + " (" + choice.reason() + ")");
    Instant started = Instant.now();
    Files.createDirectories(reports);
    if (System.getProperty("allure.results.directory") == null) {
      System.setProperty("allure.results.directory", reports.resolve("allure-results").toString());
    }
    RunResults results = new RunResults(RunDescription.of(this, started));
    ResultCollector collector = new ResultCollector(results, System.out);
    LegacyXmlReportGeneratingListener junitXml =
        new LegacyXmlReportGeneratingListener(
            reports.resolve("junit"), new PrintWriter(System.err, true));
    Launcher launcher = LauncherFactory.create();
    TestPlan plan = launcher.discover(request(shard));
    // Judged on the whole selection: one shard of a small selection may rightly hold no case.
    Optional<String> selectsNothing =
        SelectionCheck.problem(
            shard == null ? plan : launcher.discover(request(null)), cases, profiles);
    if (selectsNothing.isPresent()) {
      System.err.println("error: " + selectsNothing.get());
      return TckCli.KIT_ERROR;
    }
    launcher.execute(plan, collector, junitXml);

    results.info(RunDescription.withRegistry(results.info(), results.registry()));
    List<String> uncertified =
        RunReports.write(reports, results, certification.bundleDirectory(reports), System.out);
    uncertified.forEach(problem -> System.out.println("certification: " + problem));
    Map<Outcome, Integer> counts = results.counts();
    int skipped =
        counts.get(Outcome.DISABLED)
            + counts.get(Outcome.BLOCKED)
            + counts.get(Outcome.UNSUPPORTED);
    System.out.println(
        counts.get(Outcome.PASS)
            + " passed, "
            + counts.get(Outcome.FAIL)
            + " failed, "
            + counts.get(Outcome.WARN)
            + " warned, "
            + skipped
            + " skipped"
            + (counts.get(Outcome.EXPECTED_FAIL) > 0
                ? ", " + counts.get(Outcome.EXPECTED_FAIL) + " expected to fail"
                : ""));
    System.out.println(
        "errors: " + counts.get(Outcome.ERROR) + "; reports in " + reports.toAbsolutePath());
    Optional<String> signal = SignalHandling.received();
    if (signal.isPresent()) {
      System.out.println(
          "interrupted by "
              + signal.get()
              + ": "
              + counts.get(Outcome.INTERRUPTED)
              + " cases did not finish");
      return SignalHandling.exitCode(signal.get());
    }
    if (counts.get(Outcome.ERROR) > 0 || collector.containerBroke()) {
      return TckCli.KIT_ERROR;
    }
    return counts.get(Outcome.FAIL) > 0 || !uncertified.isEmpty() ? TckCli.FAILED : TckCli.PASSED;
  }

  private LauncherDiscoveryRequest request(String shard) {
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectors())
            // Only this engine: on a class path that also holds the suite engine, the @Suite
            // classes of a package
            // would run the same suites again.
            .filters(EngineFilter.includeEngines(Constants.ENGINE_ID))
            .configurationParameter(Constants.DRIVER_PROPERTY_NAME, driver)
            .configurationParameter(Constants.OUTPUT_DIRECTORY_PROPERTY_NAME, reports.toString())
            .configurationParameter(
                Constants.PARALLELISM_PROPERTY_NAME, Integer.toString(parallelism))
            .configurationParameter(Constants.TARGET_EMBEDDED_REGISTRY_PROPERTY_NAME, embedded);
    putIfSet(request, Constants.TARGET_URL_PROPERTY_NAME, target);
    putIfSet(request, Constants.TARGET_USERNAME_PROPERTY_NAME, username);
    putIfSet(request, Constants.NAMESPACE_PROPERTY_NAME, namespace);
    putIfSet(request, Constants.SHARD_PROPERTY_NAME, shard);
    putIfSet(request, Constants.TARGET_READER_USERNAME_PROPERTY_NAME, readerUsername);
    putIfSet(
        request,
        Constants.TARGET_CA_FILE_PROPERTY_NAME,
        tls.caFile == null ? null : tls.caFile.toString());
    putIfSet(
        request,
        Constants.TARGET_CLIENT_CERT_FILE_PROPERTY_NAME,
        tls.certFile == null ? null : tls.certFile.toString());
    putIfSet(
        request,
        Constants.TARGET_CLIENT_KEY_FILE_PROPERTY_NAME,
        tls.keyFile == null ? null : tls.keyFile.toString());
    if (tls.insecure) {
      request.configurationParameter(Constants.TARGET_INSECURE_PROPERTY_NAME, "true");
    }
    putIfSet(
        request,
        Constants.EXPECTATIONS_PROPERTY_NAME,
        expectations == null ? null : expectations.toAbsolutePath().toString());
    if (strict) {
      request.configurationParameter(Constants.STRICT_PROPERTY_NAME, "true");
    }
    if (tls.plainHttp) {
      request.configurationParameter(Constants.TARGET_PLAIN_HTTP_PROPERTY_NAME, "true");
    }
    if (keepWork) {
      request.configurationParameter(Constants.KEEP_WORK_PROPERTY_NAME, "true");
    }
    if (!profiles.isEmpty()) {
      request.configurationParameter(Constants.PROFILES_PROPERTY_NAME, String.join(",", profiles));
    }
    if (tags != null) {
      request.filters(TagFilter.includeTags(tags));
    }
    config.forEach(request::configurationParameter);
    return request.build();
  }

  private List<DiscoverySelector> selectors() {
    List<DiscoverySelector> selectors = new ArrayList<>();
    cases.forEach(id -> selectors.add(CaseSelector.selectCase(id)));
    for (String suite : suites) {
      selectors.add(SuiteArguments.selector(suite));
    }
    if (selectors.isEmpty()) {
      selectors.add(DiscoverySelectors.selectPackage(BUILT_IN_SUITES));
    }
    return selectors;
  }

  private static void putIfSet(LauncherDiscoveryRequestBuilder request, String key, String value) {
    if (value != null && !value.isBlank()) {
      request.configurationParameter(key, value);
    }
  }
}
