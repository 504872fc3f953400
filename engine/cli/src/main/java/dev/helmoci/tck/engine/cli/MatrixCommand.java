package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.fixtures.tools.HelmRelease;
import dev.helmoci.tck.fixtures.tools.Tools;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.html.HtmlReport;
import dev.helmoci.tck.reports.matrix.CompatibilityMatrix;
import dev.helmoci.tck.reports.results.ResultsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code helm-oci-tck matrix}: the suites through each Helm release, one run per (registry,
 * release), then one matrix of features × (registry, release) with the first failing case and
 * helm's error per cell. The runs go one after the other: each is already parallel inside ({@code
 * --parallelism}), and two helm releases pushing into one registry namespace at once would race on
 * the same repositories.
 */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    description = "Run the suites through several Helm releases and write the Helm-version matrix.",
    footer = {
      "",
      "Every other option is passed to each run (see `helm-oci-tck run --help`): --target, --profile,",
      "  --case, --parallelism, -c KEY=VALUE … Each run's reports go to REPORTS/<registry>/<driver>/.",
      "Writes REPORTS/matrix.md, matrix.json and matrix.html.",
      "A release that is not built yet is refused with the command that builds it:",
      "  ./tck provision helm 3.8.2   (or: ./tck provision helm default)",
      "Exit codes: 0 no run failed; 1 a run had a failing case (the matrix says where);",
      "  2 a run could not be made (kit error, missing release, bad arguments)."
    })
final class MatrixCommand implements Callable<Integer> {

  @Option(
      names = "--helm",
      required = true,
      split = ",",
      paramLabel = "RELEASES",
      description =
          "X.Y.Z releases, helm3/helm4 (the pinned ones), default (HELM_MATRIX_DEFAULT) or ci")
  List<String> helm = new ArrayList<>();

  @Option(
      names = "--embedded",
      split = ",",
      paramLabel = "REGISTRY",
      description =
          "embedded registries, one column group each (default: the one run picks, or --target)")
  List<String> embedded = new ArrayList<>();

  @Option(
      names = "--reports",
      defaultValue = "target/helm-oci-tck-matrix",
      description = "where the runs' reports and the matrix go (default: ${DEFAULT-VALUE})")
  Path reports;

  @Unmatched List<String> runArguments = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    List<String> drivers;
    try {
      drivers = HelmReleaseSets.drivers(helm, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return TckCli.KIT_ERROR;
    }
    for (String a : runArguments) {
      if (a.equals("--driver")
          || a.startsWith("--driver=")
          || a.equals("--reports")
          || a.startsWith("--reports=")) {
        System.err.println(
            "error: matrix sets "
                + a.replaceFirst("=.*", "")
                + " itself (use --helm and --reports)");
        return TckCli.KIT_ERROR;
      }
    }
    // All at once, before the first run: a matrix that stops at its fifth release after an hour
    // helps nobody.
    List<String> missing =
        drivers.stream()
            .filter(d -> d.startsWith("helm@"))
            .map(d -> HelmRelease.parse(d.substring("helm@".length())))
            .filter(r -> r.find(Tools.fromEnvironment()).isEmpty())
            .map(HelmRelease::version)
            .toList();
    if (!missing.isEmpty()) {
      System.err.println(
          "error: helm "
              + String.join(", ", missing)
              + " not provisioned; build "
              + (missing.size() == 1 ? "it" : "them")
              + " with: ./tck provision helm "
              + String.join(" ", missing));
      return TckCli.KIT_ERROR;
    }
    List<String> registries = embedded.isEmpty() ? List.of("") : embedded;
    List<RunResults> runs = new ArrayList<>();
    int worst = TckCli.PASSED;
    int total = registries.size() * drivers.size();
    int index = 0;
    long started = System.nanoTime();
    for (String registry : registries) {
      for (String driver : drivers) {
        index++;
        Path dir =
            reports
                .resolve(registry.isEmpty() ? "target" : registry.replace(':', '-'))
                .resolve(driver.replace('@', '-'));
        List<String> args = new ArrayList<>(runArguments);
        args.addAll(List.of("--driver", driver, "--reports", dir.toString()));
        if (!registry.isEmpty()) {
          args.addAll(List.of("--embedded", registry));
        }
        System.out.println(
            "[matrix] "
                + index
                + "/"
                + total
                + ": "
                + driver
                + (registry.isEmpty() ? "" : " on " + registry)
                + " -> "
                + dir);
        long t0 = System.nanoTime();
        // run sets Allure's directory only when none is set: each run of the matrix gets its own.
        System.setProperty("allure.results.directory", dir.resolve("allure-results").toString());
        int code = TckCli.run(withCommand(args));
        System.out.printf(
            "[matrix] %s%s: exit %d in %d s%n",
            driver,
            registry.isEmpty() ? "" : " on " + registry,
            code,
            (System.nanoTime() - t0) / 1_000_000_000L);
        Path results = dir.resolve("results.json");
        if (code == TckCli.KIT_ERROR && !Files.isRegularFile(results)) {
          System.err.println(
              "error: " + driver + " did not run (see above); the matrix is incomplete");
          return TckCli.KIT_ERROR;
        }
        runs.add(ResultsFile.read(results));
        if (SignalHandling.received().isPresent()) {
          System.err.println(
              "[matrix] stopped by "
                  + SignalHandling.received().get()
                  + "; the matrix is not written");
          return code;
        }
        worst = Math.max(worst, code > TckCli.KIT_ERROR ? TckCli.KIT_ERROR : code);
      }
    }
    CompatibilityMatrix matrix = CompatibilityMatrix.of(runs);
    Files.writeString(reports.resolve("matrix.md"), matrix.toMarkdown());
    Files.writeString(reports.resolve("matrix.json"), matrix.toJson());
    Files.writeString(reports.resolve("matrix.html"), HtmlReport.renderMatrix(runs));
    System.out.printf(
        "[matrix] %d features x %d columns in %d s: %s%n",
        matrix.features().size(),
        matrix.columns().size(),
        (System.nanoTime() - started) / 1_000_000_000L,
        reports.resolve("matrix.md").toAbsolutePath());
    return worst;
  }

  private static String[] withCommand(List<String> args) {
    List<String> all = new ArrayList<>(List.of("run"));
    all.addAll(args);
    return all.toArray(String[]::new);
  }
}
