package dev.helmoci.tck.suites.detection;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The kit's verdicts judged against real helm, scenario by scenario (helm's probe is the answer
 * key): a {@code fail} must be a feature where some helm release failed (else a false alarm), and a
 * feature helm failed must have a failing case (else a miss). A case claims {@code breaks} only
 * with proof: a catalogued fault under which it failed while helm failed one of its features.
 */
final class Verdicts {
  private Verdicts() {}

  /** The ids of the failing cases whose features real helm all handled here. */
  static Set<String> falseAlarmCases(ScenarioResult r) {
    if (r.probes().isEmpty()) {
      return Set.of();
    }
    return r.outcomes().stream()
        .filter(o -> o.outcome().equals(CaseOutcome.FAIL))
        .filter(o -> o.features().stream().noneMatch(r::helmFails))
        .map(CaseOutcome::caseId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Failing cases whose features real helm all handled here, with their messages. */
  static List<String> falseAlarms(ScenarioResult r) {
    Set<String> ids = falseAlarmCases(r);
    return r.outcomes().stream()
        .filter(o -> o.outcome().equals(CaseOutcome.FAIL) && ids.contains(o.caseId()))
        .map(o -> o.caseId() + " " + new TreeSet<>(o.features()) + ": " + o.message())
        .toList();
  }

  /**
   * Features real helm failed here that the cases run here verify, without a single failing case. A
   * feature helm fails on the scenario's baseline too (the registry's own finding, zot's digest
   * one) is judged there: a fault scenario runs only the cases of the fault's features, so the
   * finding's owner may not run.
   */
  static List<String> misses(ScenarioResult r, java.util.Optional<ScenarioResult> baseline) {
    Set<String> verified =
        r.outcomes().stream()
            .filter(o -> !o.outcome().equals(CaseOutcome.DISABLED))
            .flatMap(o -> o.features().stream())
            .collect(Collectors.toSet());
    Set<String> failedByKit =
        r.outcomes().stream()
            .filter(o -> o.outcome().equals(CaseOutcome.FAIL))
            .flatMap(o -> o.features().stream())
            .collect(Collectors.toSet());
    return r.probes().stream()
        .flatMap(
            p ->
                p.features().values().stream()
                    .filter(
                        f ->
                            f.failed()
                                && verified.contains(f.feature())
                                && !failedByKit.contains(f.feature()))
                    .filter(f -> baseline.filter(b -> b.helmFails(f.feature())).isEmpty())
                    .map(
                        f ->
                            f.feature()
                                + " (helm "
                                + p.helmVersion()
                                + ": "
                                + f.evidence().stream()
                                    .filter(e -> e.startsWith("FAIL"))
                                    .findFirst()
                                    .orElse("")
                                + ")"))
        .distinct()
        .toList();
  }

  /**
   * The {@code breaks} cases a fault scenario proves: they failed there, and helm failed one of
   * their features.
   */
  static Set<String> proven(List<ScenarioResult> faults) {
    return faults.stream()
        .flatMap(
            r ->
                r.outcomes().stream()
                    .filter(
                        o ->
                            o.outcome().equals(CaseOutcome.FAIL)
                                && o.features().stream().anyMatch(r::helmFails))
                    .map(CaseOutcome::caseId))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every case that claims {@code breaks}, as seen in any scenario. */
  static Set<String> claimingBreaks(List<ScenarioResult> all) {
    return all.stream()
        .flatMap(r -> r.outcomes().stream())
        .filter(CaseOutcome::breaksHelm)
        .map(CaseOutcome::caseId)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
