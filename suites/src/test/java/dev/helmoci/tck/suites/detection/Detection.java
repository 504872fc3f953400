package dev.helmoci.tck.suites.detection;

import dev.helmoci.tck.fixtures.fault.Fault;
import dev.helmoci.tck.fixtures.fault.Faults;
import dev.helmoci.tck.fixtures.fault.NamedFault;
import dev.helmoci.tck.fixtures.registry.BasicCredentials;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the suites against every clean target and every catalogued fault, several scenarios at once, each on
 * registries of its own so that no state leaks from one to the next.
 */
final class Detection {
  private static final BasicCredentials USER = new BasicCredentials("detector", "detector-not-a-secret");

  private final DetectionSettings settings;

  Detection(DetectionSettings settings) {
    this.settings = settings;
  }

  /** The clean targets of every driver, then every catalogued fault of every driver. */
  List<Scenario> scenarios() {
    List<Scenario> scenarios = new ArrayList<>();
    for (String driver : settings.drivers()) {
      for (RegistryFlavor flavor : List.of(RegistryFlavor.DISTRIBUTION_3, RegistryFlavor.DISTRIBUTION_2)) {
        String registry = flavor == RegistryFlavor.DISTRIBUTION_3 ? "distribution-3" : "distribution-2.8";
        scenarios.add(Scenario.clean(registry, driver, () -> DetectionTarget.registry(flavor, USER)));
        scenarios.add(Scenario.clean(registry + "+clean-proxy", driver,
            () -> DetectionTarget.proxied(flavor, USER, Fault.NONE)));
      }
      for (NamedFault fault : Faults.catalogue()) {
        scenarios.add(Scenario.faulty(fault, driver, () -> DetectionTarget.faulty(fault, USER)));
      }
    }
    return scenarios;
  }

  /** Every scenario, in the order of {@link #scenarios()}. */
  List<ScenarioResult> run() throws InterruptedException {
    List<Scenario> scenarios = scenarios();
    ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
    try {
      List<Future<ScenarioResult>> running = new ArrayList<>();
      scenarios.forEach(s -> running.add(pool.submit(() -> run(s))));
      List<ScenarioResult> results = new ArrayList<>();
      for (Future<ScenarioResult> future : running) {
        results.add(await(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private ScenarioResult run(Scenario scenario) {
    long t0 = System.nanoTime();
    SuiteRun suites = new SuiteRun(scenario.driver(), settings.parallelism(), settings.profiles(),
        settings.outputDirectory().resolve("runs"));
    try (DetectionTarget target = scenario.target().get()) {
      List<CaseOutcome> outcomes = suites.against(target.url(), target.credentials(), scenario.runId("det"));
      return new ScenarioResult(scenario, outcomes, Optional.empty(), since(t0));
    } catch (RuntimeException | LinkageError e) {
      // LinkageError: the kit's jars rebuilt under a running JVM; one scenario lost, not the whole report.
      return new ScenarioResult(scenario, List.of(), Optional.of(e.toString()), since(t0));
    }
  }

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
