package dev.helmoci.tck.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run and sweep commands against a real registry (no auth, so no password has to reach the
 * child JVM): exit codes, FILE:LINE selection, reports, cleanup of what a run pushed, and sweeping
 * leftovers.
 */
class TckCliIT {
  private static final String SUITE =
      String.join(
          "\n",
          "format: 1",
          "id: cli",
          "title: CLI",
          "cases:",
          "  - id: push-one",
          "    title: pushes a chart",
          "    verifies: [push]",
          "    steps:",
          "      - type: chart",
          "        name: clichart",
          "        version: 0.1.0",
          "        as: c",
          "      - type: push",
          "        chart: ${c.path}",
          "  - id: expect-wrong-status",
          "    title: expects what the registry does not answer",
          "    verifies: [errors]",
          "    steps:",
          "      - type: http",
          "        path: /v2/${namespace}/none/manifests/0.0.0",
          "        expect:",
          "          status: 200",
          "");

  @TempDir Path work;

  @Test
  void runReportsExitsAndCleansUp() throws Exception {
    try (EmbeddedRegistry registry = CliRun.openDistribution()) {
      Path suite = Files.writeString(work.resolve("cli.suite.yaml"), SUITE);
      Path reports = work.resolve("reports");
      String target = registry.baseUrl().toString();

      CliRun all =
          CliRun.of("run", suite.toString(), "--target", target, "--reports", reports.toString());
      assertThat(all.code()).as(all.out()).isEqualTo(TckCli.FAILED);
      assertThat(all.out()).contains("1 passed, 1 failed, 0 warned, 0 skipped");
      assertThat(reports.resolve("results.json")).content().contains("\"outcome\" : \"fail\"");
      assertThat(reports.resolve("summary.md")).content().contains("expect-wrong-status");
      assertThat(reports.resolve("junit")).isDirectoryContaining("glob:**.xml");

      CliRun one =
          CliRun.of(
              "run", suite + ":6", "--target", target, "--reports", work.resolve("r2").toString());
      assertThat(one.code()).as(one.out()).isEqualTo(TckCli.PASSED);
      assertThat(one.out()).contains("1 passed, 0 failed, 0 warned, 0 skipped");

      Path cleanup =
          Files.list(work.resolve("r2"))
              .filter(p -> p.getFileName().toString().startsWith("cleanup-"))
              .findFirst()
              .orElse(null);
      assertThat(cleanup).as("cleanup file in %s", work.resolve("r2")).isNotNull();
      assertThat(cleanup)
          .content()
          .startsWith("deleted manifest ")
          .contains(", 0 could not be deleted");
    }
  }

  @Test
  void sweepDeletesWhatCrashedRunsLeft() throws Exception {
    try (EmbeddedRegistry registry = CliRun.openDistribution()) {
      HelmOciClient client =
          HelmOciClient.builder()
              .transport(TransportOptions.builder().plainHttp(true).build())
              .environment(Map.of("HOME", work.toString()))
              .output(quiet(), quiet())
              .build();
      Path chart = ChartTarball.minimal("left", "1.0.0").writeTo(work, "left-1.0.0.tgz");
      client.push(chart, "oci://" + registry.hostPort() + "/tck-crashed");
      client.push(chart, "oci://" + registry.hostPort() + "/keep");

      CliRun sweep = CliRun.of("sweep", "--target", registry.baseUrl().toString());
      assertThat(sweep.code()).as(sweep.out()).isZero();
      assertThat(sweep.out())
          .contains("deleted manifest tck-crashed/left@sha256:")
          .contains("deleted blob tck-crashed/left@sha256:")
          .contains(", 0 could not be deleted");
      assertThat(
              client
                  .registry(registry.hostPort())
                  .manifestExists(
                      "keep/left",
                      client
                          .registry(registry.hostPort())
                          .resolveManifest("keep/left", "1.0.0")
                          .digest()
                          .toString()))
          .isTrue();
    }
  }

  @Test
  void argumentsThatSelectNothingAreUsageErrors() throws Exception {
    Path suite = Files.writeString(work.resolve("cli.suite.yaml"), SUITE);
    String reports = work.resolve("none").toString();
    String target = "http://127.0.0.1:9";
    CliRun unknownCase =
        CliRun.of(
            "run",
            suite.toString(),
            "--case",
            "no-such-case",
            "--target",
            target,
            "--reports",
            reports);
    assertThat(unknownCase.code()).as(unknownCase.out()).isEqualTo(TckCli.KIT_ERROR);
    assertThat(unknownCase.out())
        .contains("error: no case with id 'no-such-case' in the selected suites");

    CliRun unknownProfile =
        CliRun.of(
            "run",
            suite.toString(),
            "--profile",
            "nosuch",
            "--target",
            target,
            "--reports",
            reports);
    assertThat(unknownProfile.code()).as(unknownProfile.out()).isEqualTo(TckCli.KIT_ERROR);
    assertThat(unknownProfile.out()).contains("error: no suite declares the profile 'nosuch'");

    Path empty = Files.createDirectories(work.resolve("empty"));
    CliRun emptyDirectory =
        CliRun.of("run", empty.toString(), "--target", target, "--reports", reports);
    assertThat(emptyDirectory.code()).as(emptyDirectory.out()).isEqualTo(TckCli.KIT_ERROR);
    assertThat(emptyDirectory.out()).contains("error: the arguments select no case");

    CliRun pastTheEnd = CliRun.of("run", suite + ":999", "--target", target, "--reports", reports);
    assertThat(pastTheEnd.code()).as(pastTheEnd.out()).isEqualTo(TckCli.KIT_ERROR);
    assertThat(pastTheEnd.out()).contains("there is no line 999");
  }

  private static PrintStream quiet() {
    return new PrintStream(java.io.OutputStream.nullOutputStream());
  }
}
