package dev.helmoci.tck.reports.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.helmoci.tck.reports.RunInfo;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.html.HtmlReport;
import dev.helmoci.tck.reports.matrix.CompatibilityMatrix;
import dev.helmoci.tck.reports.results.ResultsFile;
import dev.helmoci.tck.reports.summary.SummaryMarkdown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A certification bundle: what a registry vendor publishes. A directory holding the results and
 * their schema, the summary, the HTML report, the matrix, the product metadata, the exact suite
 * files run (under {@code suites/}, at the path the results name them by), a README saying how to
 * reproduce the run, and {@code SHA256SUMS} over all of it. {@code helm-oci-tck verify-bundle}
 * re-checks one.
 */
public final class CertificationBundle {
  public static final String RESULTS = "results.json";
  public static final String SUITES = "suites/";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CertificationBundle() {}

  /**
   * {@code suites}: suite file as the results name it ({@code CaseResult.suiteFile()}) → its bytes.
   */
  public static void write(Path dir, RunResults results, Map<String, byte[]> suites)
      throws IOException {
    Files.createDirectories(dir);
    ResultsFile.write(results, dir.resolve(RESULTS));
    try (InputStream schema = ResultsFile.class.getResourceAsStream(ResultsFile.SCHEMA_RESOURCE)) {
      Files.write(dir.resolve("results-2.schema.json"), schema.readAllBytes());
    }
    Files.writeString(dir.resolve("summary.md"), SummaryMarkdown.render(results));
    Files.writeString(dir.resolve("report.html"), HtmlReport.render(results, List.of(results)));
    CompatibilityMatrix matrix = CompatibilityMatrix.of(List.of(results));
    Files.writeString(dir.resolve("matrix.md"), matrix.toMarkdown());
    Files.writeString(dir.resolve("matrix.json"), matrix.toJson());
    JSON.writeValue(dir.resolve("product.json").toFile(), results.info().product());
    for (Map.Entry<String, byte[]> suite : suites.entrySet()) {
      Path file = dir.resolve(suitePath(suite.getKey())).normalize();
      if (!file.startsWith(dir.resolve("suites").normalize())) {
        throw new IOException("suite path " + suite.getKey() + " leaves the bundle");
      }
      Files.createDirectories(file.getParent());
      Files.write(file, suite.getValue());
    }
    Files.writeString(dir.resolve("README.md"), readme(results.info()));
    Checksums.write(dir);
  }

  /** Where a suite the results name {@code suiteFile} lies inside a bundle. */
  public static String suitePath(String suiteFile) {
    String relative = suiteFile.replace('\\', '/');
    while (relative.startsWith("/")) {
      relative = relative.substring(1);
    }
    return SUITES + relative;
  }

  static String readme(RunInfo info) {
    StringBuilder cmd =
        new StringBuilder("helm-oci-tck run --certify --driver ").append(info.driver());
    info.profiles().forEach(p -> cmd.append(" --profile ").append(p));
    if (!info.target().startsWith("embedded ")) {
      cmd.append(" --target ").append(info.target());
    } else {
      cmd.append(" --embedded ").append(info.target().substring("embedded ".length()));
    }
    info.product()
        .forEach(
            (k, v) ->
                cmd.append(" --product '")
                    .append(k)
                    .append('=')
                    .append(v.replace("'", ""))
                    .append('\''));
    return "# Helm OCI TCK certification bundle\n\n"
        + "Registry: "
        + info.registryLabel()
        + " ("
        + info.target()
        + ")  \n"
        + "Driver: "
        + info.driverLabel()
        + "  \n"
        + "Kit: "
        + info.kitVersion()
        + (info.kitCommit().isEmpty() ? "" : " at commit " + info.kitCommit())
        + "  \n"
        + "Ran: "
        + info.startedAt()
        + " to "
        + info.finishedAt()
        + " on "
        + info.host()
        + "\n\n"
        + "## Files\n\n"
        + "- `results.json`: every case's outcome, reason and step transcripts (schema: `results-2.schema.json`)\n"
        + "- `summary.md`, `report.html` (open from disk, offline), `matrix.md`, `matrix.json`\n"
        + "- `product.json`: the product metadata given on the command line\n"
        + "- `suites/`: the exact suite files that ran\n"
        + "- `SHA256SUMS`: checksums of every other file (`sha256sum -c SHA256SUMS`)\n\n"
        + "## Check it\n\n```\nhelm-oci-tck verify-bundle <this directory>\n```\n\n"
        + "## Reproduce it\n\nCheck out the kit at the commit above, then (credentials only ever from the environment: "
        + "OCI_USERNAME, OCI_PASSWORD or OCI_TOKEN):\n\n```\n"
        + cmd
        + "\n```\n";
  }
}
