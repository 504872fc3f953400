package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.reports.CaseResult;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.allure.AllureExtras;
import dev.helmoci.tck.reports.bundle.BundleVerifier;
import dev.helmoci.tck.reports.bundle.CertificationBundle;
import dev.helmoci.tck.reports.bundle.Checksums;
import dev.helmoci.tck.reports.html.HtmlReport;
import dev.helmoci.tck.reports.matrix.CompatibilityMatrix;
import dev.helmoci.tck.reports.results.ResultsFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes every report of a finished run into the reports directory: {@code results.json} and its
 * schema, {@code summary.md}, {@code report.html}, {@code matrix.md}/{@code matrix.json}, Allure's
 * {@code categories.json} and {@code environment.properties}, and the certification bundle when
 * asked; prints each file's size and the time taken.
 */
final class RunReports {
  private RunReports() {}

  /**
   * Returns the certification problems of the run (empty when it is not a certification run, or has
   * none).
   */
  static List<String> write(
      Path reports, RunResults results, Optional<Path> bundle, PrintStream out) throws IOException {
    long t0 = System.nanoTime();
    Map<String, byte[]> suites = suiteFiles(results.cases());
    Map<String, String> versions = new LinkedHashMap<>();
    suites.forEach((name, bytes) -> versions.put(name, Checksums.sha256(bytes)));
    results.info(
        results.info().withSuites(versions).withTimes(results.info().startedAt(), Instant.now()));

    List<Path> written = new ArrayList<>();
    written.add(
        write(
            reports.resolve("results.json"),
            () -> results.writeJson(reports.resolve("results.json"))));
    try (InputStream schema = ResultsFile.class.getResourceAsStream(ResultsFile.SCHEMA_RESOURCE)) {
      Files.write(reports.resolve("results-2.schema.json"), schema.readAllBytes());
    }
    written.add(
        write(
            reports.resolve("summary.md"),
            () -> results.writeMarkdown(reports.resolve("summary.md"))));
    written.add(
        write(
            reports.resolve("report.html"),
            () ->
                Files.writeString(
                    reports.resolve("report.html"), HtmlReport.render(results, List.of(results)))));
    CompatibilityMatrix matrix = CompatibilityMatrix.of(List.of(results));
    written.add(
        write(
            reports.resolve("matrix.md"),
            () -> Files.writeString(reports.resolve("matrix.md"), matrix.toMarkdown())));
    written.add(
        write(
            reports.resolve("matrix.json"),
            () -> Files.writeString(reports.resolve("matrix.json"), matrix.toJson())));
    AllureExtras.write(results, reports.resolve("allure-results"));
    if (bundle.isPresent()) {
      CertificationBundle.write(bundle.get(), results, suites);
      written.add(bundle.get());
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    StringBuilder line = new StringBuilder("reports written in " + millis + " ms:");
    for (Path p : written) {
      line.append(' ').append(p.getFileName()).append(" (").append(size(p)).append(')');
    }
    out.println(line);
    if (!results.info().certification() || bundle.isEmpty()) {
      return List.of();
    }
    // The bundle just written is checked as verify-bundle checks it: one rule, in one place.
    return new BundleVerifier(Set.of(results.info().kitVersion()), VerifyBundleCommand::read)
        .verify(bundle.get());
  }

  /**
   * Each suite file the cases came from, by the name the results give it: a file on disk or a class
   * path resource.
   */
  static Map<String, byte[]> suiteFiles(List<CaseResult> cases) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (CaseResult c : cases) {
      String name = c.suiteFile();
      if (name.isEmpty() || files.containsKey(name)) {
        continue;
      }
      Path path = Path.of(name);
      if (Files.isRegularFile(path)) {
        files.put(name, Files.readAllBytes(path));
        continue;
      }
      try (InputStream in =
          Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
        if (in != null) {
          files.put(name, in.readAllBytes());
        }
      }
    }
    return files;
  }

  private static Path write(Path file, IoAction action) throws IOException {
    action.run();
    return file;
  }

  private static String size(Path p) throws IOException {
    long bytes =
        Files.isDirectory(p)
            ? Checksums.of(p).keySet().stream().mapToLong(n -> p.resolve(n).toFile().length()).sum()
            : Files.size(p);
    return bytes < 10_240 ? bytes + " B" : bytes / 1024 + " KB";
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }
}
