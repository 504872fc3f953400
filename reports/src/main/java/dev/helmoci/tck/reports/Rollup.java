package dev.helmoci.tck.reports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts of outcomes and the verdict for one group of cases: a feature or a profile. */
public record Rollup(String name, Map<Outcome, Integer> counts, Verdict verdict) {

  public Rollup {
    counts = java.util.Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  /**
   * One rollup per name that {@code keys} gives the cases (a case may count in several), sorted by
   * name.
   */
  public static List<Rollup> of(List<CaseResult> cases, Function<CaseResult, List<String>> keys) {
    Map<String, Map<Outcome, Integer>> groups = new TreeMap<>();
    for (CaseResult c : cases) {
      for (String key : keys.apply(c)) {
        groups.computeIfAbsent(key, k -> zero()).merge(c.outcome(), 1, Integer::sum);
      }
    }
    return groups.entrySet().stream()
        .map(
            e ->
                new Rollup(
                    e.getKey(),
                    e.getValue(),
                    Verdict.of(
                        e.getValue().entrySet().stream()
                            .filter(x -> x.getValue() > 0)
                            .map(Map.Entry::getKey)
                            .toList())))
        .toList();
  }

  static Map<Outcome, Integer> zero() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    return counts;
  }
}
