package dev.helmoci.tck.suites.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.helmoci.tck.fixtures.fault.Faults;
import dev.helmoci.tck.fixtures.fault.NamedFault;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The suites' detection power: every suite, run against clean registries, must pass (no false
 * failure), and run against each catalogued registry fault, must fail a case on a feature that
 * fault breaks. The score and the cases that caught each fault go to {@code
 * target/helm-oci-tck/detection.{json,md}}.
 *
 * <p>Shaped by {@link DetectionSettings} ({@code -Dhelm-oci-tck.detection.drivers=reference,helm3}
 * …).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetectionScoreIT {
  private static final Path REPORT_DIRECTORY = Path.of("target", "helm-oci-tck");

  private DetectionScore score;

  @BeforeAll
  void runEveryScenario() throws Exception {
    for (RegistryFlavor flavor :
        List.of(RegistryFlavor.DISTRIBUTION_3, RegistryFlavor.DISTRIBUTION_2, RegistryFlavor.ZOT)) {
      RequiredPeers.available(DetectionTarget.launcher(flavor));
    }
    DetectionSettings settings = DetectionSettings.fromSystemProperties(REPORT_DIRECTORY);
    long t0 = System.nanoTime();
    List<ScenarioResult> results = new Detection(settings).run();
    score = new DetectionScore(results, Duration.ofNanos(System.nanoTime() - t0));
    System.out.println(new DetectionReport(score).write(REPORT_DIRECTORY));
  }

  @Test
  void everyCataloguedFaultHasAScenarioPerDriverAndUpstream() {
    DetectionSettings settings = DetectionSettings.fromSystemProperties(REPORT_DIRECTORY);
    for (String driver : settings.drivers()) {
      for (RegistryFlavor upstream : settings.faultUpstreams()) {
        String name = Detection.name(upstream);
        List<String> expected =
            Faults.catalogue().stream()
                .filter(
                    f ->
                        upstream == RegistryFlavor.DISTRIBUTION_3
                            || !DetectionTarget.needsTokenAuth(f))
                .map(NamedFault::id)
                .toList();
        assertThat(score.faults())
            .filteredOn(
                r -> r.scenario().driver().equals(driver) && r.scenario().upstream().equals(name))
            .extracting(r -> r.scenario().fault().orElseThrow().id())
            .as("faults run with driver %s in front of %s", driver, name)
            .containsExactlyElementsOf(expected);
      }
    }
  }

  /**
   * On a registry without faults every {@code fail} must be a feature real helm fails there too
   * (zot v2.1.20 stops serving a manifest by digest once its tag moves: a true finding), and
   * nothing may be a kit error.
   */
  @TestFactory
  Stream<DynamicTest> cleanTargetsHaveNoFalseFailures() {
    return score.cleanTargets().stream()
        .map(
            r ->
                dynamicTest(
                    r.scenario().toString(),
                    () -> {
                      assertThat(r.setupError()).as("setting up %s", r.scenario()).isEmpty();
                      assertThat(r.outcomes())
                          .as("cases run against %s", r.scenario())
                          .isNotEmpty();
                      assertThat(r.count(CaseOutcome.PASS))
                          .as("cases passed on %s", r.scenario())
                          .isPositive();
                      assertThat(r.outcomes())
                          .filteredOn(o -> o.outcome().equals(CaseOutcome.ERROR))
                          .as("kit errors on the clean target %s", r.scenario())
                          .extracting(o -> o.caseId() + ": " + o.message())
                          .isEmpty();
                      assertThat(Verdicts.falseAlarms(r))
                          .as("fails where real helm works, on %s", r.scenario())
                          .isEmpty();
                    }));
  }

  /** Everywhere, clean or faulty: kit and real helm agree per feature (no false alarm, no miss). */
  @TestFactory
  Stream<DynamicTest> verdictsAgreeWithRealHelm() {
    return score.all().stream()
        .filter(r -> r.setupError().isEmpty() && !r.probes().isEmpty())
        .map(
            r ->
                dynamicTest(
                    r.scenario().toString(),
                    () -> {
                      assertThat(Verdicts.falseAlarms(r))
                          .as("cases failing on %s where real helm works", r.scenario())
                          .isEmpty();
                      assertThat(Verdicts.misses(r, score.baselineFor(r)))
                          .as("features real helm fails on %s with no failing case", r.scenario())
                          .isEmpty();
                    }));
  }

  /**
   * A case may claim that its failure breaks Helm only when a catalogued fault shows it with real
   * helm.
   */
  @Test
  void everyBreaksCaseIsProvenByAFaultWhereRealHelmFails() {
    java.util.Set<String> unproven = new java.util.TreeSet<>(Verdicts.claimingBreaks(score.all()));
    unproven.removeAll(Verdicts.proven(score.faults()));
    assertThat(unproven)
        .as(
            "cases claiming 'breaks' with no fault under which they fail while real helm fails "
                + "one of their features (make them 'deviates', or add the fault that proves them)")
        .isEmpty();
  }

  /**
   * One test per fault and driver, named by the fault: it fails when no case on a broken feature
   * failed.
   */
  @TestFactory
  Stream<DynamicTest> everyCataloguedFaultIsCaught() {
    return score.faults().stream()
        .map(
            r ->
                dynamicTest(
                    r.scenario().toString(),
                    () -> {
                      NamedFault fault = r.scenario().fault().orElseThrow();
                      assertThat(r.setupError()).as("setting up fault %s", fault.id()).isEmpty();
                      assertThat(score.killers(r))
                          .as(
                              "cases failing under fault %s (%s) on %s that pass on %s; failures: %s",
                              fault.id(),
                              fault.description(),
                              FeatureMapping.suiteFeatures(fault.breaks()),
                              DetectionScore.baselineOf(r),
                              r.broken().stream()
                                  .map(o -> o.caseId() + " (" + o.outcome() + ")")
                                  .toList())
                          .isNotEmpty();
                    }));
  }
}
