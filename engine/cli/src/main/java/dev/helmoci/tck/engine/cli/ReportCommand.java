package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.reports.Outcome;
import dev.helmoci.tck.reports.RunInfo;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.html.HtmlReport;
import dev.helmoci.tck.reports.matrix.CompatibilityMatrix;
import dev.helmoci.tck.reports.matrix.ShardMerge;
import dev.helmoci.tck.reports.results.ResultsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code helm-oci-tck report}: work on results files after the runs. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Join and render results files.",
    subcommands = ReportCommand.Merge.class)
final class ReportCommand {

  /**
   * {@code report merge}: shards of one run into one results file, or several runs into a matrix.
   */
  @Command(
      name = "merge",
      mixinStandardHelpOptions = true,
      description = {
        "Join results.json files (format " + ResultsFile.FORMAT + ").",
        "",
        "Shards of one run (helm-oci-tck run --shard I/N): every file must name the",
        "same registry, driver and Helm release, kit version, --strict/--certify and",
        "baseline, and each case must be in exactly one file. The output is the whole",
        "run: OUT/results.json, summary.md, report.html, matrix.md and matrix.json, as",
        "if one run had made them, and the exit code is the run's (0 no case failed,",
        "1 a case failed). A case in two shards, or a file of another run, is refused",
        "(exit 2), naming the files.",
        "",
        "Runs against different registries or drivers: OUT/matrix.md, matrix.json and",
        "matrix.html, one column per (registry, driver / Helm release), one row per",
        "feature; runs of the same column pool their cases.",
        "",
        "--mode auto (default) picks shards when every file names the same registry",
        "and driver, else matrix."
      },
      footer = {
        "",
        "Exit codes: 0 written (shards: and no case failed); 1 shards: a case failed; 2 bad input."
      })
  static final class Merge implements Callable<Integer> {
    @Parameters(paramLabel = "RESULTS", arity = "1..*", description = "results.json files")
    List<Path> files = new ArrayList<>();

    @Option(
        names = {"-o", "--output"},
        paramLabel = "DIR",
        defaultValue = "target/helm-oci-tck-merged",
        description = "where the merged reports go (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(
        names = "--mode",
        defaultValue = "auto",
        description = "auto, shards or matrix (default: ${DEFAULT-VALUE})")
    String mode;

    @Override
    public Integer call() throws IOException {
      if (!List.of("auto", "shards", "matrix").contains(mode)) {
        System.err.println("error: --mode must be auto, shards or matrix, not '" + mode + "'");
        return TckCli.KIT_ERROR;
      }
      List<RunResults> runs = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (Path file : files) {
        try {
          runs.add(ResultsFile.read(file));
        } catch (IOException e) {
          System.err.println("error: " + e.getMessage());
          return TckCli.KIT_ERROR;
        }
        names.add(file.toString());
      }
      Files.createDirectories(output);
      boolean shards = mode.equals("shards") || mode.equals("auto") && oneColumn(runs);
      return shards ? shards(runs, names) : matrix(runs);
    }

    private int shards(List<RunResults> runs, List<String> names) throws IOException {
      RunResults merged;
      try {
        merged = ShardMerge.merge(runs, names);
      } catch (IllegalArgumentException e) {
        System.err.println("error: " + e.getMessage());
        return TckCli.KIT_ERROR;
      }
      List<String> uncertified = RunReports.write(output, merged, Optional.empty(), System.out);
      uncertified.forEach(problem -> System.out.println("certification: " + problem));
      System.out.println(
          "merged "
              + runs.size()
              + " shard(s), "
              + merged.cases().size()
              + " cases, into "
              + output.toAbsolutePath());
      var counts = merged.counts();
      if (counts.get(Outcome.ERROR) > 0) {
        return TckCli.KIT_ERROR;
      }
      return counts.get(Outcome.FAIL) > 0 || !uncertified.isEmpty() ? TckCli.FAILED : TckCli.PASSED;
    }

    private int matrix(List<RunResults> runs) throws IOException {
      CompatibilityMatrix matrix = CompatibilityMatrix.of(runs);
      Files.writeString(output.resolve("matrix.md"), matrix.toMarkdown());
      Files.writeString(output.resolve("matrix.json"), matrix.toJson());
      Files.writeString(output.resolve("matrix.html"), HtmlReport.renderMatrix(runs));
      System.out.println(
          "matrix of "
              + matrix.features().size()
              + " features x "
              + matrix.columns().size()
              + " columns in "
              + output.toAbsolutePath());
      return TckCli.PASSED;
    }

    private static boolean oneColumn(List<RunResults> runs) {
      RunInfo first = runs.get(0).info();
      return runs.stream()
          .map(RunResults::info)
          .allMatch(
              i ->
                  i.registryLabel().equals(first.registryLabel())
                      && i.driverLabel().equals(first.driverLabel()));
    }
  }
}
