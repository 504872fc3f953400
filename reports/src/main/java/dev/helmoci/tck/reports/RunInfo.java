package dev.helmoci.tck.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run was: the kit, the registry under test, the driver, when and where it ran, and how it
 * was configured (secrets already masked). Everything a reader needs to reproduce it or compare it
 * with another run.
 *
 * @param target the URL under test, or {@code embedded <registry>}
 * @param registry what the registry is, e.g. {@code embedded zot v2.1.20 (minimal, …)}
 * @param registryProduct e.g. {@code zot}, {@code distribution}, or empty when the registry did not
 *     tell
 * @param helmVersion the Helm version the driver is or emulates, or empty when no case used a
 *     driver
 * @param suites each suite file run, to the SHA-256 of its content (its version)
 * @param product vendor metadata given on the command line ({@code --product name=…})
 */
public record RunInfo(
    String kitVersion,
    String kitCommit,
    String target,
    String registry,
    String registryProduct,
    String registryVersion,
    String driver,
    String helmVersion,
    Instant startedAt,
    Instant finishedAt,
    String host,
    List<String> profiles,
    boolean strict,
    boolean certification,
    String expectations,
    Map<String, String> configuration,
    Map<String, String> suites,
    Map<String, String> product) {

  public RunInfo {
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
    configuration = sorted(configuration);
    suites = sorted(suites);
    product = sorted(product);
    kitVersion = blank(kitVersion);
    kitCommit = blank(kitCommit);
    target = blank(target);
    registry = blank(registry);
    registryProduct = blank(registryProduct);
    registryVersion = blank(registryVersion);
    driver = blank(driver);
    helmVersion = blank(helmVersion);
    host = blank(host);
    expectations = blank(expectations);
  }

  /** A run known only by its target and driver (tests, and results files of the first format). */
  public static RunInfo of(String target, String driver) {
    return new RunInfo(
        "", "", target, "", "", "", driver, "", null, null, "", List.of(), false, false, "",
        Map.of(), Map.of(), Map.of());
  }

  public RunInfo withRegistry(String description, String productName, String version) {
    return new RunInfo(
        kitVersion,
        kitCommit,
        target,
        description,
        productName,
        version,
        driver,
        helmVersion,
        startedAt,
        finishedAt,
        host,
        profiles,
        strict,
        certification,
        expectations,
        configuration,
        suites,
        product);
  }

  public RunInfo withHelmVersion(String version) {
    return new RunInfo(
        kitVersion,
        kitCommit,
        target,
        registry,
        registryProduct,
        registryVersion,
        driver,
        version,
        startedAt,
        finishedAt,
        host,
        profiles,
        strict,
        certification,
        expectations,
        configuration,
        suites,
        product);
  }

  public RunInfo withTimes(Instant started, Instant finished) {
    return new RunInfo(
        kitVersion,
        kitCommit,
        target,
        registry,
        registryProduct,
        registryVersion,
        driver,
        helmVersion,
        started,
        finished,
        host,
        profiles,
        strict,
        certification,
        expectations,
        configuration,
        suites,
        product);
  }

  public RunInfo withSuites(Map<String, String> suiteVersions) {
    return new RunInfo(
        kitVersion,
        kitCommit,
        target,
        registry,
        registryProduct,
        registryVersion,
        driver,
        helmVersion,
        startedAt,
        finishedAt,
        host,
        profiles,
        strict,
        certification,
        expectations,
        configuration,
        suiteVersions,
        product);
  }

  /** The column of a compatibility matrix: the registry, then the driver and its Helm release. */
  public String registryLabel() {
    if (!registryProduct.isEmpty()) {
      return (registryProduct + " " + registryVersion).strip();
    }
    return registry.isEmpty() ? target : registry;
  }

  public String driverLabel() {
    return helmVersion.isEmpty() ? driver : driver + " (Helm " + helmVersion + ")";
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }

  private static Map<String, String> sorted(Map<String, String> map) {
    return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
