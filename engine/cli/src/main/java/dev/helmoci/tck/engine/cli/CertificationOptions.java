package dev.helmoci.tck.engine.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code run}'s options for a certification run and its bundle. */
final class CertificationOptions {

  @Option(
      names = "--certify",
      description =
          "certification run: refuses --expectations, needs --strict, fails if a "
              + "required case is missing or disabled, and writes a certification bundle (see --bundle)")
  boolean certify;

  @Option(
      names = "--bundle",
      paramLabel = "DIR",
      description = "write a certification bundle here (default with --certify: REPORTS/bundle)")
  Path bundle;

  @Option(
      names = "--product",
      paramLabel = "KEY=VALUE",
      description =
          "product metadata for the results and the "
              + "bundle (repeatable), e.g. --product name=Acme --product version=2.3; the keys registry and registry-version "
              + "name the registry under test where the kit cannot tell")
  Map<String, String> product = new LinkedHashMap<>();

  /** Why this run cannot be a certification run, if it cannot. */
  Optional<String> refusal(Path expectations, boolean strict) {
    if (!certify) {
      return Optional.empty();
    }
    if (expectations != null) {
      return Optional.of(
          "--certify forbids --expectations: a certification run reports every failure as it is");
    }
    if (!strict) {
      return Optional.of(
          "--certify needs --strict: a certification counts deviations Helm tolerates too");
    }
    return Optional.empty();
  }

  Optional<Path> bundleDirectory(Path reports) {
    return bundle != null
        ? Optional.of(bundle)
        : certify ? Optional.of(reports.resolve("bundle")) : Optional.empty();
  }
}
