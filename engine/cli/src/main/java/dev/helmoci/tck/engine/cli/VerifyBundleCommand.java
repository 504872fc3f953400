package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.engine.step.StepTypes;
import dev.helmoci.tck.engine.suite.Case;
import dev.helmoci.tck.engine.suite.ParsedSuite;
import dev.helmoci.tck.engine.suite.Suite;
import dev.helmoci.tck.engine.suite.SuiteLocation;
import dev.helmoci.tck.engine.suite.SuiteParser;
import dev.helmoci.tck.reports.bundle.BundleVerifier;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code helm-oci-tck verify-bundle}: re-checks a certification bundle, offline. */
@Command(
    name = "verify-bundle",
    mixinStandardHelpOptions = true,
    description = {
      "Re-check a certification bundle (helm-oci-tck run --certify), offline:",
      "every file matches SHA256SUMS and none was added; the run was strict, with",
      "no baseline and nothing expected to fail; the kit version is allowed; the",
      "bundled suites are the ones the results were run with; every case of the",
      "claimed profiles (all cases when none was claimed) that applies to the run's",
      "Helm release is in the results and was not disabled; no result names a case",
      "the suites do not have."
    },
    footer = {
      "",
      "Exit codes: 0 the bundle holds up; 1 it does not (each problem is printed); 2 usage error."
    })
final class VerifyBundleCommand implements Callable<Integer> {
  @Parameters(paramLabel = "BUNDLE", description = "the bundle directory")
  Path bundle;

  @Option(
      names = "--allow-kit-version",
      paramLabel = "VERSION",
      description =
          "a kit version whose bundles are accepted (repeatable; default: this kit's own version)")
  List<String> allowed = new java.util.ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(bundle)) {
      System.err.println("error: " + bundle + " is not a directory");
      return TckCli.KIT_ERROR;
    }
    Set<String> versions =
        new LinkedHashSet<>(allowed.isEmpty() ? List.of(KitVersion.version()) : allowed);
    List<String> problems = new BundleVerifier(versions, VerifyBundleCommand::read).verify(bundle);
    if (problems.isEmpty()) {
      System.out.println("bundle OK: " + bundle.toAbsolutePath());
      return TckCli.PASSED;
    }
    problems.forEach(p -> System.out.println("REJECTED " + p));
    System.out.println(problems.size() + " problem(s): the bundle does not hold up");
    return TckCli.FAILED;
  }

  /**
   * A bundled suite parsed as the engine parses suites; a broken one is a problem naming
   * file:line:column.
   */
  static BundleVerifier.SuiteCases read(Path file, String helmVersion) throws IOException {
    ParsedSuite parsed;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      parsed = new SuiteParser(StepTypes.standard()).parse(SuiteLocation.ofFile(file), reader);
    }
    if (parsed.suite().isEmpty() || !parsed.problems().isEmpty()) {
      throw new IOException(
          "not a valid suite: "
              + parsed.problems().stream()
                  .map(p -> p.position() + ": " + p.message())
                  .collect(java.util.stream.Collectors.joining("; ")));
    }
    Suite suite = parsed.suite().get();
    List<String> applicable =
        suite.cases().stream()
            .filter(c -> helmVersion.isEmpty() || c.helm().admits(helmVersion))
            .map(Case::id)
            .toList();
    return new BundleVerifier.SuiteCases(
        suite.id(), suite.profiles(), suite.cases().stream().map(Case::id).toList(), applicable);
  }
}
