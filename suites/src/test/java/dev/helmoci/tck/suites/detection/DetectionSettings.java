package dev.helmoci.tck.suites.detection;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How a detection run is shaped, from system properties (Maven {@code -D…}):
 * <ul>
 *   <li>{@code helm-oci-tck.detection.drivers}: comma-separated drivers, default {@code reference}
 *       (add {@code helm3} for real helm; it is much slower)</li>
 *   <li>{@code helm-oci-tck.detection.concurrency}: scenarios (registry + proxy + engine run) at once, default 3</li>
 *   <li>{@code helm-oci-tck.detection.parallelism}: the engine's parallelism within a scenario, default 6 (faults that
 *       answer 5xx make the client retry with back-off, which waits rather than works)</li>
 *   <li>{@code helm-oci-tck.detection.profiles}: the suites' profiles to run, default all</li>
 *   <li>{@code helm-oci-tck.detection.prune}: under a fault, run only the cases on a feature it breaks (the
 *       only ones that can catch it), default {@code true}; clean targets always run every case</li>
 *   <li>{@code helm-oci-tck.detection.probe}: run the real-helm probe (helm 3 and 4) in every scenario, the
 *       oracle the verdicts are judged against, default {@code true}</li>
 *   <li>{@code helm-oci-tck.detection.only}: run only the scenarios whose name contains this (to debug one)</li>
 * </ul>
 */
record DetectionSettings(List<String> drivers, int concurrency, int parallelism, String profiles, boolean prune,
    boolean probe, String only, Path outputDirectory) {
  private static final String PREFIX = "helm-oci-tck.detection.";

  static DetectionSettings fromSystemProperties(Path outputDirectory) {
    List<String> drivers = Arrays.stream(property("drivers", "reference").split(",")).map(String::trim)
        .filter(d -> !d.isEmpty()).toList();
    return new DetectionSettings(drivers, number("concurrency", 3), number("parallelism", 6),
        property("profiles", ""), Boolean.parseBoolean(property("prune", "true")),
        Boolean.parseBoolean(property("probe", "true")), property("only", ""), outputDirectory);
  }

  private static String property(String name, String fallback) {
    return System.getProperty(PREFIX + name, fallback);
  }

  private static int number(String name, int fallback) {
    String value = property(name, Integer.toString(fallback));
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed < 1) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PREFIX + name + " must be a positive whole number, was '" + value + "'");
    }
  }
}
