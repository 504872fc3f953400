package dev.helmoci.tck.suites.detection;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one scenario produced: every case's outcome, or why the target could not be set up at all.
 */
record ScenarioResult(Scenario scenario, List<CaseOutcome> outcomes, Optional<String> setupError, Duration took) {

  ScenarioResult {
    outcomes = List.copyOf(outcomes);
  }

  /** Cases that failed or errored: for a clean target, each is a false failure. */
  List<CaseOutcome> broken() {
    return outcomes.stream().filter(CaseOutcome::broken).toList();
  }

  /**
   * Cases that caught the fault: they failed on a feature it breaks and passed on {@code baseline}, the same
   * registry behind a clean proxy. A case that fails there too tells nothing about the fault. Empty for a
   * clean target.
   */
  List<CaseOutcome> killers(ScenarioResult baseline) {
    Set<String> wanted = scenario.fault().map(f -> FeatureMapping.suiteFeatures(f.breaks())).orElse(Set.of());
    Set<String> passedThere = baseline.outcomes.stream().filter(o -> o.outcome().equals(CaseOutcome.PASS))
        .map(CaseOutcome::caseId).collect(Collectors.toSet());
    return outcomes.stream().filter(o -> o.outcome().equals(CaseOutcome.FAIL))
        .filter(o -> o.features().stream().anyMatch(wanted::contains))
        .filter(o -> passedThere.contains(o.caseId())).toList();
  }

  long count(String outcome) {
    return outcomes.stream().filter(o -> o.outcome().equals(outcome)).count();
  }
}
