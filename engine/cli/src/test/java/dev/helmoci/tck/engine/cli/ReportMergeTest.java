package dev.helmoci.tck.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.reports.CaseResult;
import dev.helmoci.tck.reports.Outcome;
import dev.helmoci.tck.reports.RunInfo;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.results.ResultsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report merge}: the contract the sharding command relies on, and the matrix of different
 * runs.
 */
class ReportMergeTest {
  @TempDir Path work;

  @Test
  void shardsJoinIntoOneRunWithTheRunsExitCode() throws Exception {
    Path a = write("a.json", "zot", "reference", "3.22.0", result("one", Outcome.PASS));
    Path b = write("b.json", "zot", "reference", "3.22.0", result("two", Outcome.FAIL));
    Path out = work.resolve("merged");
    CliRun merge = CliRun.of("report", "merge", a.toString(), b.toString(), "-o", out.toString());
    assertThat(merge.code()).as(merge.out()).isEqualTo(TckCli.FAILED);
    assertThat(merge.out()).contains("merged 2 shard(s), 2 cases");
    assertThat(ResultsFile.read(out.resolve("results.json")).cases())
        .extracting(CaseResult::id)
        .containsExactly("one", "two");
    assertThat(out.resolve("summary.md")).content().contains("Verdict: **FAIL**");
    assertThat(out.resolve("report.html")).content().contains("id=\"case-two\"");

    Path passing = write("c.json", "zot", "reference", "3.22.0", result("three", Outcome.PASS));
    CliRun green =
        CliRun.of(
            "report",
            "merge",
            a.toString(),
            passing.toString(),
            "-o",
            work.resolve("g").toString());
    assertThat(green.code()).as(green.out()).isEqualTo(TckCli.PASSED);
  }

  @Test
  void aCaseInTwoShardsOrAnUnreadableFileIsABadInput() throws Exception {
    Path a = write("a.json", "zot", "reference", "3.22.0", result("one", Outcome.PASS));
    Path b = write("b.json", "zot", "reference", "3.22.0", result("one", Outcome.FAIL));
    CliRun twice =
        CliRun.of(
            "report",
            "merge",
            "--mode",
            "shards",
            a.toString(),
            b.toString(),
            "-o",
            work.resolve("m").toString());
    assertThat(twice.code()).isEqualTo(TckCli.KIT_ERROR);
    Path broken = Files.writeString(work.resolve("broken.json"), "{\"format\": 1}");
    CliRun old =
        CliRun.of("report", "merge", broken.toString(), "-o", work.resolve("n").toString());
    assertThat(old.code()).isEqualTo(TckCli.KIT_ERROR);
  }

  @Test
  void runsAgainstDifferentRegistriesAndDriversMakeAMatrix() throws Exception {
    Path zot = write("zot.json", "zot", "reference", "3.22.0", result("one", Outcome.PASS));
    Path dist = write("dist.json", "distribution", "helm4", "4.3.1", result("one", Outcome.FAIL));
    Path out = work.resolve("matrix");
    CliRun merge =
        CliRun.of("report", "merge", zot.toString(), dist.toString(), "-o", out.toString());
    assertThat(merge.code()).as(merge.out()).isEqualTo(TckCli.PASSED);
    assertThat(out.resolve("matrix.md"))
        .content()
        .contains(
            "| feature | zot v1 / reference (Helm 3.22.0) | distribution v1 / helm4 (Helm 4.3.1) |")
        .contains("| push | ✅ pass | ❌ fail |");
    assertThat(out.resolve("matrix.html")).content().contains("class=\"cell v-fail\"");
    assertThat(out.resolve("matrix.json")).content().contains("\"registry\" : \"distribution v1\"");
  }

  private static CaseResult result(String id, Outcome outcome) {
    return new CaseResult(
        "s",
        id,
        id,
        List.of("push"),
        "MUST",
        outcome,
        outcome == Outcome.PASS ? "" : "broke",
        "s.suite.yaml:1",
        Duration.ofMillis(5),
        "breaks helm push");
  }

  private Path write(String name, String product, String driver, String helm, CaseResult... cases)
      throws Exception {
    RunInfo info =
        RunInfo.of("embedded " + product, driver)
            .withRegistry("embedded " + product + " v1", product, "v1")
            .withHelmVersion(helm);
    RunResults run =
        new RunResults(
            new RunInfo(
                "0.1.0-SNAPSHOT",
                "",
                info.target(),
                info.registry(),
                info.registryProduct(),
                info.registryVersion(),
                driver,
                helm,
                null,
                null,
                "h",
                List.of(),
                false,
                false,
                "",
                Map.of(),
                Map.of(),
                Map.of()));
    List.of(cases).forEach(run::add);
    Path file = work.resolve(name);
    run.writeJson(file);
    return file;
  }
}
