package dev.helmoci.tck.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.reports.bundle.Checksums;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A certification run against a real registry (distribution 3, open) writes a bundle; {@code
 * verify-bundle} accepts it untouched and rejects it tampered with, with a baseline, with a
 * required case gone from its results or disabled, with a case the suites do not have, or from a
 * kit version not allowed. Each rejected copy is re-summed, so only the check under test can reject
 * it.
 */
class CertificationBundleIT {
  private static final String SUITE =
      String.join(
          "\n",
          "format: 1",
          "id: cert",
          "title: certification",
          "profiles: [helm-core]",
          "cases:",
          "  - id: api-version",
          "    title: the registry answers /v2/",
          "    verifies: [registry-api]",
          "    steps:",
          "      - type: http",
          "        path: /v2/",
          "        expect:",
          "          status: 200",
          "  - id: unknown-manifest",
          "    title: an unknown manifest is a 404",
          "    verifies: [errors]",
          "    steps:",
          "      - type: http",
          "        path: /v2/${namespace}/none/manifests/0.0.0",
          "        expect:",
          "          status: 404",
          "");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void verifyBundleAcceptsTheUntouchedBundleAndRejectsEachBrokenOne() throws Exception {
    Path bundle = certifiedBundle();
    assertThat(Files.readString(bundle.resolve("README.md")))
        .contains("helm-oci-tck run --certify");
    assertThat(bundle.resolve("report.html")).content().contains("<table id=\"matrix\"");

    CliRun ok = CliRun.of("verify-bundle", bundle.toString());
    assertThat(ok.code()).as(ok.out()).isEqualTo(TckCli.PASSED);
    assertThat(ok.out()).contains("bundle OK");

    Path tampered = copy(bundle, "tampered");
    Files.writeString(
        tampered.resolve("summary.md"), "\nall green", java.nio.file.StandardOpenOption.APPEND);
    assertRejected(tampered, "summary.md: checksum mismatch");

    Path baseline = copy(bundle, "baseline");
    editResults(
        baseline,
        root -> ((ObjectNode) root.get("run")).put("expectations", "known-failures.yaml"));
    assertRejected(
        baseline, "a baseline was used (known-failures.yaml); certification forbids baselines");

    Path missing = copy(bundle, "missing");
    editResults(
        missing,
        root -> {
          ArrayNode cases = (ArrayNode) root.get("cases");
          for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).get("id").asText().equals("unknown-manifest")) {
              cases.remove(i);
            }
          }
        });
    assertRejected(
        missing,
        "case unknown-manifest of suite cert is required by profile helm-core but missing");

    Path disabled = copy(bundle, "disabled");
    editResults(
        disabled, root -> ((ObjectNode) root.get("cases").get(0)).put("outcome", "disabled"));
    assertRejected(disabled, "is required by profile helm-core but was disabled");

    Path invented = copy(bundle, "invented");
    editResults(
        invented, root -> ((ObjectNode) root.get("cases").get(0)).put("id", "invented-case"));
    assertRejected(invented, "names case invented-case of suites/");

    CliRun oldKit = CliRun.of("verify-bundle", bundle.toString(), "--allow-kit-version", "9.9.9");
    assertThat(oldKit.code()).isEqualTo(TckCli.FAILED);
    assertThat(oldKit.out()).contains("is not allowed (allowed: 9.9.9)");
  }

  @Test
  void certificationRefusesABaselineAndANonStrictRun() throws Exception {
    Path suite = Files.writeString(work.resolve("cert.suite.yaml"), SUITE);
    Path expectations = Files.writeString(work.resolve("known.yaml"), "expectations: []\n");
    CliRun withBaseline =
        CliRun.of(
            "run",
            suite.toString(),
            "--certify",
            "--strict",
            "--expectations",
            expectations.toString(),
            "--reports",
            work.resolve("r1").toString());
    assertThat(withBaseline.code()).isEqualTo(TckCli.KIT_ERROR);
    CliRun lenient =
        CliRun.of("run", suite.toString(), "--certify", "--reports", work.resolve("r2").toString());
    assertThat(lenient.code()).isEqualTo(TckCli.KIT_ERROR);
    assertThat(work.resolve("r1/results.json")).doesNotExist();
  }

  private Path certifiedBundle() throws Exception {
    try (EmbeddedRegistry registry = CliRun.openDistribution()) {
      Path suite = Files.writeString(work.resolve("cert.suite.yaml"), SUITE);
      Path reports = work.resolve("reports");
      CliRun run =
          CliRun.of(
              "run",
              suite.toString(),
              "--target",
              registry.baseUrl().toString(),
              "--certify",
              "--strict",
              "--profile",
              "helm-core",
              "--product",
              "name=Test Registry",
              "--reports",
              reports.toString());
      assertThat(run.code()).as(run.out()).isEqualTo(TckCli.PASSED);
      assertThat(run.out()).contains("2 passed", "reports written in", "bundle (");
      return reports.resolve("bundle");
    }
  }

  private void assertRejected(Path bundle, String problem) {
    CliRun verify = CliRun.of("verify-bundle", bundle.toString());
    assertThat(verify.code()).as(verify.out()).isEqualTo(TckCli.FAILED);
    assertThat(verify.out()).contains("REJECTED").contains(problem);
  }

  private static void editResults(Path bundle, java.util.function.Consumer<ObjectNode> edit)
      throws IOException {
    Path results = bundle.resolve("results.json");
    ObjectNode root = (ObjectNode) JSON.readTree(results.toFile());
    edit.accept(root);
    JSON.writerWithDefaultPrettyPrinter().writeValue(results.toFile(), root);
    Checksums.write(bundle);
  }

  private Path copy(Path from, String name) throws IOException {
    Path to = work.resolve(name);
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
