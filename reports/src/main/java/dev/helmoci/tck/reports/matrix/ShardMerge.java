package dev.helmoci.tck.reports.matrix;

import dev.helmoci.tck.reports.CaseResult;
import dev.helmoci.tck.reports.RunInfo;
import dev.helmoci.tck.reports.RunResults;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Joins the results files of the shards of one run ({@code --shard I/N}) into the results of the
 * whole run. The shards must agree on what was tested (registry, driver, Helm release, kit version,
 * strict, certification, baseline) and hold disjoint case sets: a case in two shards is refused,
 * naming both files, since its two outcomes cannot both be the run's.
 */
public final class ShardMerge {

  private ShardMerge() {}

  /**
   * {@code names} label the inputs in messages (their file names), in the order of {@code shards}.
   */
  public static RunResults merge(List<RunResults> shards, List<String> names) {
    if (shards.isEmpty()) {
      throw new IllegalArgumentException("no results to merge");
    }
    RunInfo first = shards.get(0).info();
    Map<String, String> seen = new LinkedHashMap<>();
    Map<String, String> suites = new LinkedHashMap<>();
    Instant start = null;
    Instant end = null;
    for (int i = 0; i < shards.size(); i++) {
      RunInfo info = shards.get(i).info();
      String name = names.get(i);
      String differs = difference(first, info);
      if (differs != null) {
        throw new IllegalArgumentException(
            name
                + " is not a shard of the same run as "
                + names.get(0)
                + ": "
                + differs
                + " differs (use report merge --matrix to compare different runs)");
      }
      for (CaseResult c : shards.get(i).cases()) {
        String key = c.suite() + "/" + c.id();
        String other = seen.putIfAbsent(key, name);
        if (other != null) {
          throw new IllegalArgumentException(
              "case "
                  + c.id()
                  + " of suite "
                  + c.suite()
                  + " is in both "
                  + other
                  + " and "
                  + name
                  + ": shards must hold disjoint cases");
        }
      }
      suites.putAll(info.suites());
      start = earliest(start, info.startedAt());
      end = latest(end, info.finishedAt());
    }
    RunResults merged = new RunResults(first.withSuites(suites).withTimes(start, end));
    shards.stream()
        .flatMap(s -> s.cases().stream())
        .sorted(Comparator.comparing(CaseResult::suite).thenComparing(CaseResult::id))
        .forEach(merged::add);
    return merged;
  }

  private static String difference(RunInfo a, RunInfo b) {
    if (!a.registryLabel().equals(b.registryLabel())) {
      return "the registry (" + a.registryLabel() + " vs " + b.registryLabel() + ")";
    }
    if (!a.driverLabel().equals(b.driverLabel())) {
      return "the driver (" + a.driverLabel() + " vs " + b.driverLabel() + ")";
    }
    if (!a.kitVersion().equals(b.kitVersion())) {
      return "the kit version (" + a.kitVersion() + " vs " + b.kitVersion() + ")";
    }
    if (a.strict() != b.strict() || a.certification() != b.certification()) {
      return "--strict or --certify";
    }
    return Objects.equals(a.expectations(), b.expectations()) ? null : "the expectations file";
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }
}
