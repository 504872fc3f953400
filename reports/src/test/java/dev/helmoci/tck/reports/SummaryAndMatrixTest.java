package dev.helmoci.tck.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.reports.matrix.CompatibilityMatrix;
import dev.helmoci.tck.reports.matrix.ShardMerge;
import dev.helmoci.tck.reports.summary.SummaryMarkdown;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryAndMatrixTest {

  @Test
  void theSummaryNamesTheVerdictTheFailingCaseWithItsLineAndTheFeatures() {
    String md = SummaryMarkdown.render(SampleRuns.run("zot", "v2.1.20", "reference"));
    assertThat(md)
        .contains(
            "Verdict: **FAIL**: 1 case(s) failed",
            "| `pull-by-digest` | pull.suite.yaml:25 |",
            "expected status 200 but was 404",
            "## Warnings",
            "| digest | fail |",
            "| push | pass |");
  }

  @Test
  void theSummaryStaysUnderAPullRequestCommentsLimit() {
    RunResults run = new RunResults(SampleRuns.info("zot", "v2.1.20", "reference", "3.22.0"));
    for (int i = 0; i < 3000; i++) {
      run.add(
          new CaseResult(
              "s",
              "case-" + i,
              "t",
              List.of("feature-" + (i % 40)),
              "MUST",
              Outcome.FAIL,
              "x".repeat(400),
              "s.suite.yaml:" + i,
              Duration.ZERO,
              "breaks helm pull"));
    }
    String md = SummaryMarkdown.render(run);
    assertThat(md.length()).isLessThan(SummaryMarkdown.LIMIT);
    assertThat(md).contains("more; see results.json", "## Features", "| feature-39 | fail |");
  }

  @Test
  void theMatrixHasOneColumnPerRegistryAndDriverAndOneRowPerFeature() {
    RunResults zot = SampleRuns.run("zot", "v2.1.20", "reference");
    RunResults distribution =
        new RunResults(SampleRuns.info("distribution", "v3.1.2", "helm4", "4.3.1"));
    distribution.add(
        new CaseResult(
            "s",
            "push-basic",
            "t",
            List.of("push"),
            "MUST",
            Outcome.PASS,
            "",
            "s:1",
            Duration.ZERO,
            ""));
    CompatibilityMatrix matrix = CompatibilityMatrix.of(List.of(zot, distribution));
    assertThat(matrix.columns())
        .extracting(CompatibilityMatrix.Column::label)
        .containsExactly(
            "zot v2.1.20 / reference (Helm 3.22.0)", "distribution v3.1.2 / helm4 (Helm 4.3.1)");
    CompatibilityMatrix.Column first = matrix.columns().get(0);
    CompatibilityMatrix.Column second = matrix.columns().get(1);
    assertThat(matrix.cell("digest", first)).isEqualTo(Verdict.FAIL);
    assertThat(matrix.cell("push", second)).isEqualTo(Verdict.PASS);
    assertThat(matrix.cell("digest", second)).isEqualTo(Verdict.NOT_RUN);
    assertThat(matrix.toMarkdown()).contains("| digest | ❌ fail | ➖ |");
    assertThat(matrix.toJson()).contains("\"feature\" : \"tags\"", "\"warn\"");
  }

  @Test
  void shardsOfOneRunJoinAndACaseInTwoShardsIsRefused() {
    RunResults a = new RunResults(SampleRuns.info("zot", "v2.1.20", "reference", "3.22.0"));
    RunResults b = new RunResults(SampleRuns.info("zot", "v2.1.20", "reference", "3.22.0"));
    a.add(
        new CaseResult(
            "s", "one", "t", List.of("push"), "MUST", Outcome.PASS, "", "s:1", Duration.ZERO, ""));
    b.add(
        new CaseResult(
            "s",
            "two",
            "t",
            List.of("pull"),
            "MUST",
            Outcome.FAIL,
            "no",
            "s:9",
            Duration.ZERO,
            ""));
    RunResults merged = ShardMerge.merge(List.of(a, b), List.of("a.json", "b.json"));
    assertThat(merged.cases()).extracting(CaseResult::id).containsExactly("one", "two");
    assertThat(merged.verdict()).isEqualTo(Verdict.FAIL);

    b.add(
        new CaseResult(
            "s", "one", "t", List.of("push"), "MUST", Outcome.PASS, "", "s:1", Duration.ZERO, ""));
    assertThatThrownBy(() -> ShardMerge.merge(List.of(a, b), List.of("a.json", "b.json")))
        .hasMessageContaining("case one of suite s is in both a.json and b.json");
    RunResults other = new RunResults(SampleRuns.info("zot", "v2.1.20", "helm4", "4.3.1"));
    assertThatThrownBy(() -> ShardMerge.merge(List.of(a, other), List.of("a.json", "c.json")))
        .hasMessageContaining("c.json is not a shard of the same run as a.json: the driver");
  }
}
