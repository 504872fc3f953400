package dev.helmoci.tck.authmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the kit as a user does ({@code helm-oci-tck run}, in its own JVM) with a known secret as the
 * password ({@code OCI_PASSWORD}, htpasswd registry) or as a token ({@code OCI_TOKEN}, bearer
 * registry), with passing and deliberately failing cases, then searches the console, JUnit XML,
 * Allure results (with step attachments and categories), results.json with its step transcripts,
 * summary.md, report.html, the matrix, the certification bundle, the output of report merge, and
 * the ledger for the secret in every form it could leak in.
 */
@Timeout(180)
class RedactionIT {

  @ParameterizedTest(name = "{0} / {1} / {2} / {3}")
  @CsvSource({
    "BASIC_PLAIN_HTTP, DISTRIBUTION_3, reference, OCI_PASSWORD",
    "BASIC_PLAIN_HTTP, DISTRIBUTION_3, helm3, OCI_PASSWORD",
    "BASIC_PLAIN_HTTP, DISTRIBUTION_3, helm4, OCI_PASSWORD",
    "BEARER_PLAIN_HTTP, DISTRIBUTION_3, reference, OCI_TOKEN",
    "BEARER_PLAIN_HTTP, DISTRIBUTION_3, helm3, OCI_TOKEN",
    // No bearer cell on zot yet: zot answers the raw http steps' Basic header with a 401 that has
    // no
    // challenge, so the engine never exchanges it for a token and the round trip fails before
    // redaction matters.
    "BASIC_PLAIN_HTTP, ZOT, helm4, OCI_PASSWORD"
  })
  void noOutputOfARunContainsTheSecret(
      AuthMode mode,
      RegistryFlavor flavor,
      String driver,
      String secretVariable,
      @TempDir Path work)
      throws Exception {
    MatrixPeers.require(flavor, driver);
    // Characters that Base64, URL and JSON encodings change, so each leak form differs from the raw
    // one.
    String secret =
        "Rd@ct+me/" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6)) + " p%w=";
    Path reports = work.resolve("reports");
    try (MatrixRegistry registry = MatrixRegistry.start(mode, flavor, work, List.of(), secret)) {
      Map<String, String> target = registry.target(MatrixRegistry.WRITER);
      Console console =
          runKit(
              List.of(
                  "run",
                  suiteFile().toString(),
                  "--driver",
                  driver,
                  "--target",
                  target.get("helm-oci-tck.target.url"),
                  "--username",
                  MatrixRegistry.WRITER,
                  "--plain-http",
                  "--reports",
                  reports.toString(),
                  "--bundle",
                  reports.resolve("bundle").toString(),
                  "-c",
                  "helm-oci-tck.run-id=redaction-" + driver),
              Map.of(secretVariable, secret),
              work);

      assertThat(console.exitCode())
          .as("exit code (1: cases failed as planned)\n%s", console)
          .isEqualTo(1);
      assertThat(console.stdout()).as("%s", console).contains("1 passed, 3 failed");
      assertThat(SecretScan.files(reports.resolve("junit"))).as("JUnit XML").isNotEmpty();
      assertThat(SecretScan.files(reports.resolve("allure-results")))
          .as("Allure results")
          .isNotEmpty();
      assertThat(reports.resolve("results.json")).exists();
      assertThat(Files.readString(reports.resolve("results.json")))
          .as("the failure quoting the secret is masked")
          .contains("password ****");

      // Every output of the run and of report merge: summary, HTML, matrix, Allure extras, bundle,
      // step transcripts.
      for (String output :
          List.of(
              "summary.md",
              "report.html",
              "matrix.md",
              "matrix.json",
              "results-2.schema.json",
              "allure-results/categories.json",
              "allure-results/environment.properties",
              "bundle/SHA256SUMS",
              "bundle/report.html",
              "bundle/README.md")) {
        assertThat(reports.resolve(output)).as("output %s", output).isNotEmptyFile();
      }
      assertThat(Files.readString(reports.resolve("results.json")))
          .as("step transcripts")
          .contains("\"transcript\" : \"", "\"kind\" : \"step\"");
      assertThat(SecretScan.files(reports.resolve("allure-results")))
          .as("Allure step attachments")
          .anyMatch(p -> p.getFileName().toString().endsWith("-attachment.txt"));
      Console merge =
          runKit(
              List.of(
                  "report",
                  "merge",
                  reports.resolve("results.json").toString(),
                  "-o",
                  reports.resolve("merged").toString()),
              Map.of(),
              work);
      assertThat(merge.exitCode())
          .as("report merge of one run: its exit code\n%s", merge)
          .isEqualTo(1);
      assertThat(reports.resolve("merged/report.html")).isNotEmptyFile();

      SecretScan scan = new SecretScan(MatrixRegistry.WRITER, secret);
      List<String> leaks = new ArrayList<>(scan.findInFiles(reports));
      leaks.addAll(scan.findIn("report merge stdout", merge.stdout()));
      leaks.addAll(scan.findIn("stdout", console.stdout()));
      leaks.addAll(scan.findIn("stderr", console.stderr()));
      assertThat(leaks).as("secret leaks; files scanned: %s", SecretScan.files(reports)).isEmpty();
    }
  }

  private static Path suiteFile() throws URISyntaxException {
    return Path.of(
        RedactionIT.class.getResource("/dev/helmoci/tck/authmatrix/redaction.suite.yaml").toURI());
  }

  /**
   * The kit's command line in a fresh JVM with this test's class path and no inherited {@code
   * OCI_*} settings.
   */
  private static Console runKit(List<String> args, Map<String, String> environment, Path work)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.helmoci.tck.engine.cli.TckCli"));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("OCI_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    if (!process.waitFor(150, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("helm-oci-tck run did not finish within 150s");
    }
    return new Console(
        process.exitValue(),
        new String(out.join(), StandardCharsets.UTF_8),
        new String(err.join(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(java.io.InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private record Console(int exitCode, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
  }
}
