package dev.helmoci.tck.suites.detection;

import dev.helmoci.tck.engine.probe.ProbeResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one scenario produced: every case's outcome and what real helm did there ({@code probes},
 * one per helm release), or why the target could not be set up at all.
 */
record ScenarioResult(
    Scenario scenario,
    List<CaseOutcome> outcomes,
    List<ProbeResult> probes,
    Optional<String> setupError,
    Duration took) {

  ScenarioResult {
    outcomes = List.copyOf(outcomes);
    probes = List.copyOf(probes);
  }

  /** Whether some helm release failed {@code feature} here. */
  boolean helmFails(String feature) {
    return probes.stream().anyMatch(p -> p.helmFails(feature));
  }

  /** Cases that failed or errored: for a clean target, each is a false failure. */
  List<CaseOutcome> broken() {
    return outcomes.stream().filter(CaseOutcome::broken).toList();
  }

  /**
   * Cases that caught the fault: they failed or warned on a feature it breaks and passed on {@code
   * baseline}, the same registry behind a clean proxy. A case that fails there too tells nothing
   * about the fault. Empty for a clean target.
   */
  List<CaseOutcome> killers(ScenarioResult baseline) {
    Set<String> wanted =
        scenario.fault().map(f -> FeatureMapping.suiteFeatures(f.breaks())).orElse(Set.of());
    Set<String> passedThere =
        baseline.outcomes.stream()
            .filter(o -> o.outcome().equals(CaseOutcome.PASS))
            .map(CaseOutcome::caseId)
            .collect(Collectors.toSet());
    // A warn catches a fault helm tolerates; whether helm breaks is judged against the probe
    // (Verdicts).
    return outcomes.stream()
        .filter(o -> o.outcome().equals(CaseOutcome.FAIL) || o.outcome().equals(CaseOutcome.WARN))
        .filter(o -> o.features().stream().anyMatch(wanted::contains))
        .filter(o -> passedThere.contains(o.caseId()))
        .toList();
  }

  long count(String outcome) {
    return outcomes.stream().filter(o -> o.outcome().equals(outcome)).count();
  }
}
