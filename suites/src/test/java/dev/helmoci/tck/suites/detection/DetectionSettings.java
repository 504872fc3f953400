package dev.helmoci.tck.suites.detection;

import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How a detection run is shaped, from system properties (Maven {@code -D…}):
 *
 * <ul>
 *   <li>{@code helm-oci-tck.detection.drivers}: comma-separated drivers, default {@code reference}
 *       (add {@code helm3} for real helm; it is much slower)
 *   <li>{@code helm-oci-tck.detection.concurrency}: scenarios (registry + proxy + engine run) at
 *       once, default 3
 *   <li>{@code helm-oci-tck.detection.parallelism}: the engine's parallelism within a scenario,
 *       default 6 (faults that answer 5xx make the client retry with back-off, which waits rather
 *       than works)
 *   <li>{@code helm-oci-tck.detection.profiles}: the suites' profiles to run, default all
 *   <li>{@code helm-oci-tck.detection.prune}: under a fault, run only the cases on a feature it
 *       breaks (the only ones that can catch it), default {@code true}; clean targets always run
 *       every case
 *   <li>{@code helm-oci-tck.detection.probe}: run the real-helm probe (helm 3 and 4) in every
 *       scenario, the oracle the verdicts are judged against, default {@code true}
 *   <li>{@code helm-oci-tck.detection.fault-upstreams}: the registries the faults are put in front
 *       of, default {@code distribution-3,zot}
 *   <li>{@code helm-oci-tck.detection.only}: run only the scenarios whose name contains this (to
 *       debug one)
 * </ul>
 */
record DetectionSettings(
    List<String> drivers,
    int concurrency,
    int parallelism,
    String profiles,
    boolean prune,
    boolean probe,
    String only,
    List<RegistryFlavor> faultUpstreams,
    Path outputDirectory) {
  private static final String PREFIX = "helm-oci-tck.detection.";

  static DetectionSettings fromSystemProperties(Path outputDirectory) {
    List<String> drivers =
        Arrays.stream(property("drivers", "reference").split(","))
            .map(String::trim)
            .filter(d -> !d.isEmpty())
            .toList();
    return new DetectionSettings(
        drivers,
        number("concurrency", 3),
        number("parallelism", 6),
        property("profiles", ""),
        Boolean.parseBoolean(property("prune", "true")),
        Boolean.parseBoolean(property("probe", "true")),
        property("only", ""),
        Arrays.stream(property("fault-upstreams", "distribution-3,zot").split(","))
            .map(String::trim)
            .map(DetectionSettings::flavor)
            .toList(),
        outputDirectory);
  }

  private static RegistryFlavor flavor(String name) {
    switch (name) {
      case "distribution-3":
        return RegistryFlavor.DISTRIBUTION_3;
      case "distribution-2.8":
        return RegistryFlavor.DISTRIBUTION_2;
      case "zot":
        return RegistryFlavor.ZOT;
      default:
        throw new IllegalArgumentException(
            PREFIX
                + "fault-upstreams: unknown registry '"
                + name
                + "' (distribution-3, distribution-2.8, zot)");
    }
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
      throw new IllegalArgumentException(
          PREFIX + name + " must be a positive whole number, was '" + value + "'");
    }
  }
}
