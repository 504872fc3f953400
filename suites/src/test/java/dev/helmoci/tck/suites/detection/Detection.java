package dev.helmoci.tck.suites.detection;

import dev.helmoci.tck.engine.probe.ProbeResult;
import dev.helmoci.tck.engine.probe.ProbeTable;
import dev.helmoci.tck.fixtures.fault.Fault;
import dev.helmoci.tck.fixtures.fault.Faults;
import dev.helmoci.tck.fixtures.fault.NamedFault;
import dev.helmoci.tck.fixtures.registry.BasicCredentials;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the suites against every clean target and every catalogued fault, several scenarios at once,
 * each on registries of its own so that no state leaks from one to the next.
 */
final class Detection {
  private static final BasicCredentials USER =
      new BasicCredentials("detector", "detector-not-a-secret");

  private final DetectionSettings settings;

  Detection(DetectionSettings settings) {
    this.settings = settings;
  }

  /** The clean targets of every driver, then every catalogued fault of every driver. */
  List<Scenario> scenarios() {
    List<Scenario> scenarios = new ArrayList<>();
    for (String driver : settings.drivers()) {
      for (RegistryFlavor flavor :
          List.of(
              RegistryFlavor.DISTRIBUTION_3, RegistryFlavor.DISTRIBUTION_2, RegistryFlavor.ZOT)) {
        String registry = name(flavor);
        scenarios.add(
            Scenario.clean(registry, driver, () -> DetectionTarget.registry(flavor, USER)));
        scenarios.add(
            Scenario.clean(
                registry + "+open", driver, () -> DetectionTarget.unauthenticated(flavor)));
        scenarios.add(
            Scenario.clean(
                registry + "+clean-proxy",
                driver,
                () -> DetectionTarget.proxied(flavor, USER, false, Fault.NONE)));
      }
      scenarios.add(
          Scenario.clean(
              DetectionScore.TOKEN_BASELINE,
              driver,
              () ->
                  DetectionTarget.proxied(RegistryFlavor.DISTRIBUTION_3, USER, true, Fault.NONE)));
      for (RegistryFlavor upstream : settings.faultUpstreams()) {
        for (NamedFault fault : Faults.catalogue()) {
          // The token faults need the token service, set up on distribution only.
          if (upstream == RegistryFlavor.DISTRIBUTION_3 || !DetectionTarget.needsTokenAuth(fault)) {
            scenarios.add(
                Scenario.faulty(
                    fault,
                    name(upstream),
                    driver,
                    () -> DetectionTarget.faulty(fault, USER, upstream)));
          }
        }
      }
    }
    return scenarios.stream().filter(s -> s.name().contains(settings.only())).toList();
  }

  static String name(RegistryFlavor flavor) {
    switch (flavor) {
      case DISTRIBUTION_3:
        return "distribution-3";
      case DISTRIBUTION_2:
        return "distribution-2.8";
      default:
        return "zot";
    }
  }

  /**
   * Every scenario, reported in the order of {@link #scenarios()} but started biggest first (clean
   * targets, then faults by how many cases they run) so that no long scenario starts last and runs
   * alone.
   */
  List<ScenarioResult> run() throws InterruptedException {
    List<Scenario> scenarios = scenarios();
    List<Set<String>> cases = suiteRun().discoverCaseFeatures();
    Map<Scenario, Future<ScenarioResult>> running = new HashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
    try {
      scenarios.stream()
          .sorted(Comparator.comparingLong((Scenario s) -> casesRun(s, cases)).reversed())
          .forEach(s -> running.put(s, pool.submit(() -> run(s))));
      List<ScenarioResult> results = new ArrayList<>();
      for (Scenario scenario : scenarios) {
        results.add(await(running.get(scenario)));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private ScenarioResult run(Scenario scenario) {
    long t0 = System.nanoTime();
    SuiteRun suites = suiteRun(scenario.driver(), parallelism(scenario));
    try (DetectionTarget target = scenario.target().get()) {
      List<CaseOutcome> outcomes =
          suites.against(
              target.url(),
              target.credentials(),
              target.reader(),
              scenario.runId("det"),
              onlyFeatures(scenario));
      List<ProbeResult> probes = settings.probe() ? probe(scenario) : List.of();
      new ProbeTable(probes)
          .writeJson(
              settings
                  .outputDirectory()
                  .resolve("probes")
                  .resolve(scenario.runId("probe") + ".json"));
      ScenarioResult result =
          new ScenarioResult(scenario, outcomes, probes, Optional.empty(), since(t0));
      System.out.printf(
          "detection: %-40s %3d cases, %3d failed or errored, helm failed %s, %5.1f s%n",
          scenario,
          outcomes.size(),
          result.broken().size(),
          ProbeRun.failedFeatures(probes),
          result.took().toMillis() / 1000.0);
      return result;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (RuntimeException | LinkageError e) {
      // LinkageError: the kit's jars rebuilt under a running JVM; one scenario lost, not the whole
      // report.
      return new ScenarioResult(
          scenario, List.of(), List.of(), Optional.of(e.toString()), since(t0));
    }
  }

  /**
   * Real helm on a target of its own (a fresh registry, proxy and fault instance): the JDK server
   * under the proxy degrades after a full kit run (connection resets), and a stateful fault must
   * meet helm as it met the kit.
   */
  private static List<ProbeResult> probe(Scenario scenario) {
    try (DetectionTarget target = scenario.target().get()) {
      return ProbeRun.against(target, scenario.runId("probe"));
    }
  }

  /**
   * Under a fault (when pruning), the features whose cases can catch it; otherwise every case runs.
   */
  private Optional<Set<String>> onlyFeatures(Scenario scenario) {
    return settings.prune()
        ? scenario.fault().map(f -> FeatureMapping.suiteFeatures(f.breaks()))
        : Optional.empty();
  }

  private long casesRun(Scenario scenario, List<Set<String>> cases) {
    return onlyFeatures(scenario)
        .map(only -> cases.stream().filter(c -> c.stream().anyMatch(only::contains)).count())
        .orElse((long) cases.size());
  }

  private SuiteRun suiteRun(String driver, int parallelism) {
    return new SuiteRun(
        driver, parallelism, settings.profiles(), settings.outputDirectory().resolve("runs"));
  }

  private SuiteRun suiteRun() {
    return suiteRun(settings.drivers().get(0), settings.parallelism());
  }

  /**
   * A fault on concurrent upload sessions meets the cases one at a time, as a user runs the kit
   * (parallelism 1 is its default): run in parallel, unrelated cases' uploads would collide in it,
   * one cause counted many times.
   */
  private int parallelism(Scenario scenario) {
    return scenario.fault().filter(f -> CONCURRENCY_FAULTS.contains(f.id())).isPresent()
        ? 1
        : settings.parallelism();
  }

  private static final Set<String> CONCURRENCY_FAULTS = Set.of("concurrent-upload-500");

  private static ScenarioResult await(Future<ScenarioResult> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a detection scenario broke the harness", e.getCause());
    }
  }

  private static Duration since(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }
}
