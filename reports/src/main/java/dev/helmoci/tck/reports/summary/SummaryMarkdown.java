package dev.helmoci.tck.reports.summary;

import dev.helmoci.tck.reports.CaseResult;
import dev.helmoci.tck.reports.Outcome;
import dev.helmoci.tck.reports.Rollup;
import dev.helmoci.tck.reports.RunInfo;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.Verdict;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.md}, fit for a pull-request comment or a CI job summary: the verdict line, the
 * counts, the cases that hurt Helm users (with the one-line reason and the case's {@code
 * file:line}), the warnings and the feature table. GitHub refuses comments above 65,536 characters,
 * so the text stays under {@link #LIMIT}: rows that do not fit are counted and left to {@code
 * results.json}.
 */
public final class SummaryMarkdown {
  public static final int LIMIT = 65_000;
  private static final int REASON_LENGTH = 300;

  /** Room kept for the feature table and the closing lines once the case rows are written. */
  private static final int RESERVE = 12_000;

  private SummaryMarkdown() {}

  public static String render(RunResults results) {
    RunInfo info = results.info();
    StringBuilder md =
        new StringBuilder("# Helm OCI TCK: ")
            .append(oneLine(results.registry()))
            .append(" with ")
            .append(oneLine(info.driverLabel()))
            .append("\n\n");
    md.append(verdictLine(results)).append("\n\n");
    Map<Outcome, Integer> counts = results.counts();
    md.append("| outcome | cases |\n| --- | --- |\n");
    counts.forEach(
        (o, n) -> md.append("| ").append(o.label()).append(" | ").append(n).append(" |\n"));
    section(
        md,
        "Failures and errors (Helm users are hurt, or the kit broke)",
        results,
        Outcome.FAIL,
        Outcome.ERROR);
    section(md, "Warnings (deviations Helm tolerates today)", results, Outcome.WARN);
    section(md, "Expected failures (baseline)", results, Outcome.EXPECTED_FAIL);
    features(md, results.features());
    md.append("\nKit ")
        .append(info.kitVersion().isEmpty() ? "(unknown version)" : info.kitVersion())
        .append(
            info.kitCommit().isEmpty()
                ? ""
                : " @ " + info.kitCommit().substring(0, Math.min(12, info.kitCommit().length())))
        .append(info.certification() ? "; certification run" : "")
        .append(info.expectations().isEmpty() ? "" : "; baseline " + oneLine(info.expectations()))
        .append(". Details: results.json, report.html.\n");
    return md.length() <= LIMIT
        ? md.toString()
        : md.substring(0, LIMIT - 40) + "\n\n… (truncated)\n";
  }

  static String verdictLine(RunResults results) {
    Verdict verdict = results.verdict();
    Map<Outcome, Integer> counts = results.counts();
    String word =
        switch (verdict) {
          case FAIL ->
              "**FAIL**: "
                  + counts.get(Outcome.FAIL)
                  + " case(s) failed where a helm command breaks"
                  + (results.info().strict() ? " (or, as the run is strict, a deviation)" : "");
          case ERROR ->
              "**ERROR**: the kit or its environment broke in "
                  + counts.get(Outcome.ERROR)
                  + " case(s)";
          case WARN ->
              "**PASS with warnings**: "
                  + counts.get(Outcome.WARN)
                  + " deviation(s) Helm tolerates today";
          case PASS -> "**PASS**: Helm works here for every case run";
          case NOT_RUN -> "**NOT RUN**: no case was judged";
        };
    return "Verdict: "
        + word
        + " ("
        + counts.get(Outcome.PASS)
        + " of "
        + results.cases().size()
        + " passed).";
  }

  private static void section(
      StringBuilder md, String title, RunResults results, Outcome... outcomes) {
    List<Outcome> wanted = List.of(outcomes);
    List<CaseResult> listed =
        results.cases().stream().filter(c -> wanted.contains(c.outcome())).toList();
    if (listed.isEmpty()) {
      return;
    }
    md.append("\n## ")
        .append(title)
        .append("\n\n| case | where | impact | outcome | reason |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    int written = 0;
    for (CaseResult c : listed) {
      if (md.length() > LIMIT - RESERVE) {
        md.append("\n… and ").append(listed.size() - written).append(" more; see results.json.\n");
        return;
      }
      md.append("| `")
          .append(c.id())
          .append("` | ")
          .append(oneLine(shortSource(c.source())))
          .append(" | ")
          .append(oneLine(c.impact()))
          .append(" | ")
          .append(c.outcome().label())
          .append(" | ")
          .append(oneLine(c.message()))
          .append(" |\n");
      written++;
    }
  }

  private static void features(StringBuilder md, List<Rollup> features) {
    if (features.isEmpty()) {
      return;
    }
    md.append(
        "\n## Features\n\n| feature | verdict | pass | fail | warn | other |\n| --- | --- | --- | --- | --- | --- |\n");
    for (Rollup r : features) {
      if (md.length() > LIMIT - 500) {
        md.append("\n… more features in results.json.\n");
        return;
      }
      Map<Outcome, Integer> c = r.counts();
      int other =
          c.values().stream().mapToInt(Integer::intValue).sum()
              - c.get(Outcome.PASS)
              - c.get(Outcome.FAIL)
              - c.get(Outcome.WARN);
      md.append("| ")
          .append(oneLine(r.name()))
          .append(" | ")
          .append(r.verdict().label())
          .append(" | ")
          .append(c.get(Outcome.PASS))
          .append(" | ")
          .append(c.get(Outcome.FAIL))
          .append(" | ")
          .append(c.get(Outcome.WARN))
          .append(" | ")
          .append(other)
          .append(" |\n");
    }
  }

  /**
   * {@code dev/helmoci/tck/suites/push.suite.yaml:40} → {@code push.suite.yaml:40}: the part a
   * reader greps for.
   */
  static String shortSource(String source) {
    int slash = source.lastIndexOf('/');
    return slash < 0 ? source : source.substring(slash + 1);
  }

  static String oneLine(String text) {
    String line = text.replace("\r", " ").replace('\n', ' ').replace("|", "\\|");
    return line.length() > REASON_LENGTH ? line.substring(0, REASON_LENGTH) + "…" : line;
  }
}
