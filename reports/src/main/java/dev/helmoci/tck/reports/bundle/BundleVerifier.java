package dev.helmoci.tck.reports.bundle;

import dev.helmoci.tck.reports.CaseResult;
import dev.helmoci.tck.reports.Outcome;
import dev.helmoci.tck.reports.RunInfo;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.results.ResultsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-checks a {@link CertificationBundle}: every file matches {@code SHA256SUMS} and none is
 * missing or added; the run was a certification run (strict, no baseline, nothing expected to
 * fail); the kit version is an allowed one; the suite files are the ones the results name, byte for
 * byte; every case the claimed profiles require for the run's Helm release is in the results and
 * was not disabled, and no result names a case the suites do not have. Each problem is one line.
 */
public final class BundleVerifier {

  /**
   * A suite file as the engine parses it: its id, profiles, every case id, and the ids of the cases
   * whose Helm range admits the run's Helm release (a case for Helm 4 only does not apply to a run
   * with Helm 3).
   */
  public record SuiteCases(
      String suiteId, List<String> profiles, List<String> caseIds, List<String> applicable) {}

  /**
   * Reads a suite file of the bundle; the engine supplies it (the reports module does not parse
   * suites).
   */
  @FunctionalInterface
  public interface SuiteCatalog {
    /** {@code helmVersion} is the run's Helm release, or empty when no case used a driver. */
    SuiteCases read(Path suiteFile, String helmVersion) throws IOException;
  }

  private final Set<String> allowedKitVersions;
  private final SuiteCatalog catalog;

  public BundleVerifier(Set<String> allowedKitVersions, SuiteCatalog catalog) {
    this.allowedKitVersions = Set.copyOf(allowedKitVersions);
    this.catalog = catalog;
  }

  /** The problems found; empty when the bundle holds up. */
  public List<String> verify(Path dir) throws IOException {
    List<String> problems = new ArrayList<>();
    if (!Files.isRegularFile(dir.resolve(Checksums.FILE))) {
      return List.of(dir + ": no " + Checksums.FILE + " (not a certification bundle)");
    }
    checksums(dir, problems);
    RunResults results;
    try {
      results = ResultsFile.read(dir.resolve(CertificationBundle.RESULTS));
    } catch (IOException e) {
      problems.add(e.getMessage());
      return problems;
    }
    certification(results, problems);
    suites(dir, results, problems);
    return problems;
  }

  private static void checksums(Path dir, List<String> problems) throws IOException {
    Map<String, String> listed;
    try {
      listed = Checksums.read(dir);
    } catch (IOException e) {
      problems.add(e.getMessage());
      return;
    }
    Map<String, String> actual = Checksums.of(dir);
    listed.forEach(
        (name, sum) -> {
          if (!actual.containsKey(name)) {
            problems.add(name + ": listed in " + Checksums.FILE + " but missing");
          } else if (!actual.get(name).equals(sum)) {
            problems.add(
                name + ": checksum mismatch (listed " + sum + ", actual " + actual.get(name) + ")");
          }
        });
    actual.keySet().stream()
        .filter(name -> !listed.containsKey(name))
        .forEach(
            name ->
                problems.add(
                    name
                        + ": not listed in "
                        + Checksums.FILE
                        + " (added after the bundle was made)"));
  }

  private void certification(RunResults results, List<String> problems) {
    RunInfo info = results.info();
    if (!info.certification()) {
      problems.add(
          "results.json: not a certification run (run.certification is false; rerun with --certify)");
    }
    if (!info.strict()) {
      problems.add("results.json: certification needs --strict (run.strict is false)");
    }
    if (!info.expectations().isEmpty()) {
      problems.add(
          "results.json: a baseline was used ("
              + info.expectations()
              + "); certification forbids baselines");
    }
    if (!allowedKitVersions.contains(info.kitVersion())) {
      problems.add(
          "results.json: kit version '"
              + info.kitVersion()
              + "' is not allowed (allowed: "
              + String.join(", ", allowedKitVersions.stream().sorted().toList())
              + ")");
    }
    for (CaseResult c : results.cases()) {
      if (c.outcome() == Outcome.EXPECTED_FAIL) {
        problems.add(
            "case "
                + c.id()
                + ": expected-fail comes from a baseline; certification forbids baselines");
      }
    }
  }

  private void suites(Path dir, RunResults results, List<String> problems) throws IOException {
    Set<String> inResults = new HashSet<>();
    Map<String, CaseResult> byKey = new java.util.HashMap<>();
    for (CaseResult c : results.cases()) {
      inResults.add(CertificationBundle.suitePath(c.suiteFile()) + "#" + c.id());
      byKey.put(CertificationBundle.suitePath(c.suiteFile()) + "#" + c.id(), c);
    }
    Set<String> known = new HashSet<>();
    Set<String> claimed = new HashSet<>(results.info().profiles());
    for (Map.Entry<String, String> suite : results.info().suites().entrySet()) {
      String path = CertificationBundle.suitePath(suite.getKey());
      Path file = dir.resolve(path).normalize();
      if (!file.startsWith(dir.resolve("suites").normalize()) || !Files.isRegularFile(file)) {
        problems.add(path + ": the results name this suite file but the bundle does not hold it");
        continue;
      }
      if (!Checksums.sha256(file).equals(suite.getValue())) {
        problems.add(
            path
                + ": differs from the suite the results were run with (sha256 "
                + suite.getValue()
                + ")");
      }
      SuiteCases cases;
      try {
        cases = catalog.read(file, results.info().helmVersion());
      } catch (IOException e) {
        problems.add(path + ": " + e.getMessage());
        continue;
      }
      boolean required = claimed.isEmpty() || cases.profiles().stream().anyMatch(claimed::contains);
      cases.caseIds().forEach(id -> known.add(path + "#" + id));
      if (!required) {
        continue;
      }
      String by = claimed.isEmpty() ? "" : " by profile " + String.join(",", claimed);
      for (String id : cases.applicable()) {
        CaseResult result = byKey.get(path + "#" + id);
        if (result == null) {
          problems.add(
              "case "
                  + id
                  + " of suite "
                  + cases.suiteId()
                  + " is required"
                  + by
                  + " but missing from results.json");
        } else if (result.outcome() == Outcome.DISABLED) {
          problems.add(
              "case "
                  + id
                  + " of suite "
                  + cases.suiteId()
                  + " is required"
                  + by
                  + " but was disabled ("
                  + result.message()
                  + "); certification runs every required case");
        }
      }
    }
    for (String entry : inResults) {
      if (!known.contains(entry)) {
        problems.add(
            "results.json names case "
                + entry.substring(entry.indexOf('#') + 1)
                + " of "
                + entry.substring(0, entry.indexOf('#'))
                + ", which the bundle's suites do not have");
      }
    }
  }
}
