package dev.helmoci.tck.engine;

import dev.helmoci.tck.reports.Outcome;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outcome of each finished case of a run, by unique id, as recorded where the case ended, so a
 * case can tell whether the cases it depends on passed.
 */
final class CaseOutcomes {

  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

  void record(String uniqueId, Outcome outcome) {
    outcomes.put(uniqueId, outcome);
  }

  Optional<Outcome> outcome(String uniqueId) {
    return Optional.ofNullable(outcomes.get(uniqueId));
  }
}
