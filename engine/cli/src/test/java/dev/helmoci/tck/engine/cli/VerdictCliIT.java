package dev.helmoci.tck.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verdicts as a CI gate reads them, against a real open registry: a deviation Helm tolerates is a
 * warning (exit 0) unless {@code --strict}; an absent precondition is unsupported with the setting
 * to give; a broken suite file is an error in every output (exit 2) while the other suites still
 * run.
 */
class VerdictCliIT {
  private static final String SUITE =
      String.join(
          "\n",
          "format: 1",
          "id: verdicts",
          "title: verdicts",
          "cases:",
          "  - id: tolerated-deviation",
          "    title: expects a 200 the registry does not give",
          "    impact: {deviates: 'a made-up clause'}",
          "    steps:",
          "      - type: http",
          "        path: /v2/${namespace}/none/manifests/0.0.0",
          "        expect: {status: 200}",
          "  - id: needs-access-control",
          "    title: needs a registry with auth",
          "    requires: [access-control]",
          "    impact: {breaks: [helm push]}",
          "    steps:",
          "      - type: http",
          "        path: /v2/",
          "        auth: none",
          "        expect: {status: 401}",
          "");

  @TempDir Path work;

  @Test
  void deviationsWarnUnlessStrictAndAbsentPreconditionsAreUnsupported() throws Exception {
    try (EmbeddedRegistry registry = CliRun.openDistribution()) {
      Path suite = Files.writeString(work.resolve("verdicts.suite.yaml"), SUITE);
      String target = registry.baseUrl().toString();

      CliRun lenient =
          CliRun.of(
              "run",
              suite.toString(),
              "--target",
              target,
              "--reports",
              work.resolve("r1").toString());
      assertThat(lenient.code()).as(lenient.out()).isEqualTo(TckCli.PASSED);
      assertThat(lenient.out())
          .contains("0 passed, 0 failed, 1 warned, 1 skipped")
          .contains("Registry under test: " + target)
          .contains("no registry credentials are configured")
          .contains("OCI_USERNAME");
      assertThat(work.resolve("r1/results.json"))
          .content()
          .contains("\"outcome\" : \"warn\"")
          .contains("\"outcome\" : \"unsupported\"")
          .contains("deviates: a made-up clause");
      assertThat(work.resolve("r1/summary.md"))
          .content()
          .contains("Warnings")
          .contains("tolerated-deviation");

      CliRun strict =
          CliRun.of(
              "run",
              suite.toString(),
              "--strict",
              "--target",
              target,
              "--reports",
              work.resolve("r2").toString());
      assertThat(strict.code()).as(strict.out()).isEqualTo(TckCli.FAILED);
      assertThat(strict.out()).contains("0 passed, 1 failed, 0 warned, 1 skipped");
    }
  }

  @Test
  void aBrokenSuiteFileIsAnErrorAndTheOthersStillRun() throws Exception {
    try (EmbeddedRegistry registry = CliRun.openDistribution()) {
      Path suites = Files.createDirectories(work.resolve("suites"));
      Files.writeString(
          suites.resolve("good.suite.yaml"),
          String.join(
              "\n",
              "format: 1",
              "id: good",
              "title: good",
              "cases:",
              "  - id: ping",
              "    title: ping",
              "    impact: {breaks: [helm pull]}",
              "    steps:",
              "      - {type: http, path: /v2/, expect: {status: 200}}",
              ""));
      Files.writeString(
          suites.resolve("bad.suite.yaml"), "format: 1\nid: bad\ntitle: bad\ncases: [oops\n");
      CliRun run =
          CliRun.of(
              "run",
              suites.toString(),
              "--target",
              registry.baseUrl().toString(),
              "--reports",
              work.resolve("r").toString());
      assertThat(run.code()).as(run.out()).isEqualTo(TckCli.KIT_ERROR);
      assertThat(run.out()).contains("1 passed").contains("errors: 1").contains("bad.suite.yaml:");
      assertThat(work.resolve("r/results.json"))
          .content()
          .contains("\"outcome\" : \"error\"")
          .contains("bad.suite.yaml:");
    }
  }
}
