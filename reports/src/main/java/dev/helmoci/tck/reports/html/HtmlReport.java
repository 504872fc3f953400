package dev.helmoci.tck.reports.html;

import dev.helmoci.tck.reports.CaseResult;
import dev.helmoci.tck.reports.Outcome;
import dev.helmoci.tck.reports.RunInfo;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.StepEvidence;
import dev.helmoci.tck.reports.Verdict;
import dev.helmoci.tck.reports.matrix.CompatibilityMatrix;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: one self-contained file (no script, no fetch, no external style) that opens
 * from disk in any browser, offline: the verdict, the compatibility matrix as a coloured grid, the
 * cases that did not pass with their reason and every step's transcript, then every case. Allure's
 * report needs a web server to load its data files and a 25 MB command line; this file needs
 * neither and can be attached to a CI run or a bundle as is.
 */
public final class HtmlReport {
  /** Cell colours of the grid; the screenshot test looks for them. */
  public static final Map<Verdict, String> COLOURS =
      Map.of(
          Verdict.PASS,
          "#1a7f37",
          Verdict.FAIL,
          "#cf222e",
          Verdict.WARN,
          "#d4a72c",
          Verdict.ERROR,
          "#8250df",
          Verdict.NOT_RUN,
          "#d0d7de");

  private static final int TRANSCRIPT_LIMIT = 32_768;

  private HtmlReport() {}

  /**
   * The report of one run; {@code matrixRuns} are the runs the grid shows (this run alone, or a
   * merge).
   */
  public static String render(RunResults results, List<RunResults> matrixRuns) {
    RunInfo info = results.info();
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Helm OCI TCK: ")
        .append(esc(results.registry()))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style></head><body>\n");
    h.append("<h1>Helm OCI TCK: ")
        .append(esc(results.registry()))
        .append(" with ")
        .append(esc(info.driverLabel()))
        .append("</h1>\n<p id=\"verdict\" class=\"verdict v-")
        .append(results.verdict().label())
        .append("\">Verdict: ")
        .append(results.verdict().label().toUpperCase(java.util.Locale.ROOT))
        .append("</p>\n");
    runTable(h, results);
    counts(h, results);
    h.append("<h2>Compatibility matrix</h2>\n");
    matrix(h, CompatibilityMatrix.of(matrixRuns));
    List<CaseResult> notPassed =
        results.cases().stream()
            .filter(
                c ->
                    c.outcome() == Outcome.FAIL
                        || c.outcome() == Outcome.ERROR
                        || c.outcome() == Outcome.WARN)
            .toList();
    h.append("<h2>Failures, errors and warnings (")
        .append(notPassed.size())
        .append(")</h2>\n<section id=\"failures\">\n");
    notPassed.forEach(c -> caseBlock(h, c, true));
    h.append("</section>\n<h2>All cases (")
        .append(results.cases().size())
        .append(")</h2>\n<section id=\"cases\">\n");
    results.cases().stream()
        .filter(c -> !notPassed.contains(c))
        .forEach(c -> caseBlock(h, c, false));
    h.append("</section>\n</body></html>\n");
    return h.toString();
  }

  /** The grid alone, for a merge of runs against several registries and drivers. */
  public static String renderMatrix(List<RunResults> runs) {
    StringBuilder h =
        new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<title>Helm OCI compatibility matrix</title>\n<style>"
                + STYLE
                + "</style></head><body>\n"
                + "<h1>Helm OCI compatibility matrix</h1>\n");
    matrix(h, CompatibilityMatrix.of(runs));
    return h.append("</body></html>\n").toString();
  }

  private static void runTable(StringBuilder h, RunResults results) {
    RunInfo i = results.info();
    h.append("<table class=\"run\">");
    row(
        h,
        "registry",
        results.registry()
            + (i.target().equals(results.registry()) ? "" : " (" + i.target() + ")"));
    row(h, "driver", i.driverLabel());
    row(h, "kit", i.kitVersion() + (i.kitCommit().isEmpty() ? "" : " @ " + i.kitCommit()));
    row(
        h,
        "ran",
        (i.startedAt() == null ? "?" : i.startedAt())
            + " to "
            + (i.finishedAt() == null ? "?" : i.finishedAt())
            + " on "
            + i.host());
    row(
        h,
        "mode",
        (i.certification() ? "certification" : "regular")
            + (i.strict() ? ", strict" : "")
            + (i.expectations().isEmpty() ? "" : ", baseline " + i.expectations())
            + (i.profiles().isEmpty() ? "" : ", profiles " + String.join(", ", i.profiles())));
    i.product().forEach((k, v) -> row(h, "product " + k, v));
    h.append("</table>\n");
  }

  private static void counts(StringBuilder h, RunResults results) {
    h.append("<p class=\"counts\">");
    results
        .counts()
        .forEach(
            (o, n) ->
                h.append("<span class=\"o-")
                    .append(o.label())
                    .append("\">")
                    .append(o.label())
                    .append(": ")
                    .append(n)
                    .append("</span> "));
    h.append("</p>\n");
  }

  private static void matrix(StringBuilder h, CompatibilityMatrix matrix) {
    h.append("<table id=\"matrix\" class=\"matrix\"><thead><tr><th>feature</th>");
    matrix
        .columns()
        .forEach(
            c ->
                h.append("<th>")
                    .append(esc(c.registry()))
                    .append("<br>")
                    .append(esc(c.driver()))
                    .append("</th>"));
    h.append("</tr></thead><tbody>\n");
    for (String feature : matrix.features()) {
      h.append("<tr><th>").append(esc(feature)).append("</th>");
      for (CompatibilityMatrix.Column c : matrix.columns()) {
        CompatibilityMatrix.Cell cell = matrix.detail(feature, c);
        String why =
            cell.firstCase().isEmpty()
                ? cell.errorLine()
                : cell.firstCase() + ": " + cell.errorLine();
        h.append("<td class=\"cell v-")
            .append(cell.verdict().label())
            .append("\" title=\"")
            .append(esc(feature))
            .append(": ")
            .append(cell.label())
            .append(why.isEmpty() ? "" : " (" + esc(why) + ")")
            .append("\">")
            .append(cell.label())
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  private static void caseBlock(StringBuilder h, CaseResult c, boolean open) {
    h.append("<article class=\"case o-")
        .append(c.outcome().label())
        .append("\" id=\"case-")
        .append(esc(c.id()))
        .append("\"><details")
        .append(open ? " open" : "")
        .append("><summary><span class=\"badge o-")
        .append(c.outcome().label())
        .append("\">")
        .append(c.outcome().label())
        .append("</span> <code>")
        .append(esc(c.id()))
        .append("</code> ")
        .append(
            esc(
                c.title().startsWith(c.id() + ": ")
                    ? c.title().substring(c.id().length() + 2)
                    : c.title()))
        .append("</summary>\n<dl>");
    item(h, "where", c.source());
    item(h, "reason", c.message());
    item(h, "impact", c.impact());
    item(h, "features", String.join(", ", c.features()));
    item(h, "level", c.level());
    h.append("</dl>\n");
    if (!c.references().isEmpty()) {
      h.append("<ul class=\"refs\">");
      c.references().forEach(r -> h.append("<li>").append(link(r)).append("</li>"));
      h.append("</ul>\n");
    }
    for (StepEvidence s : c.steps()) {
      h.append("<div class=\"step ")
          .append(s.passed() ? "passed" : "failed")
          .append("\"><p>")
          .append(esc(s.kind()))
          .append(' ')
          .append(s.index())
          .append(" <b>")
          .append(esc(s.label()))
          .append("</b> at ")
          .append(esc(s.where()))
          .append(": ")
          .append(esc(s.status()))
          .append(" in ")
          .append(s.duration().toMillis())
          .append(" ms</p>");
      if (!s.transcript().isEmpty()) {
        String text =
            s.transcript().length() > TRANSCRIPT_LIMIT
                ? s.transcript().substring(0, TRANSCRIPT_LIMIT)
                    + "\n… ("
                    + s.transcript().length()
                    + " characters; the whole transcript is in results.json)"
                : s.transcript();
        h.append("<pre class=\"transcript\">").append(esc(text)).append("</pre>");
      }
      h.append("</div>\n");
    }
    h.append("</details></article>\n");
  }

  private static String link(String reference) {
    int space = reference.indexOf(' ');
    String target = space < 0 ? reference : reference.substring(space + 1);
    return target.startsWith("https://")
        ? "<a href=\"" + esc(target) + "\">" + esc(reference) + "</a>"
        : esc(reference);
  }

  private static void row(StringBuilder h, String name, String value) {
    h.append("<tr><th>")
        .append(esc(name))
        .append("</th><td>")
        .append(esc(value))
        .append("</td></tr>");
  }

  private static void item(StringBuilder h, String name, String value) {
    if (!value.isEmpty()) {
      h.append("<dt>").append(name).append("</dt><dd>").append(esc(value)).append("</dd>");
    }
  }

  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  private static final String STYLE =
      String.join(
          "\n",
          "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#1f2328}",
          "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left}",
          ".matrix td.cell{min-width:7em;height:1.8em;color:#fff;font-weight:600;text-align:center}",
          ".matrix td.v-pass{background:" + COLOURS.get(Verdict.PASS) + "}",
          ".matrix td.v-fail{background:" + COLOURS.get(Verdict.FAIL) + "}",
          ".matrix td.v-warn{background:" + COLOURS.get(Verdict.WARN) + ";color:#1f2328}",
          ".matrix td.v-error{background:" + COLOURS.get(Verdict.ERROR) + "}",
          ".matrix td.v-not-run{background:" + COLOURS.get(Verdict.NOT_RUN) + ";color:#1f2328}",
          ".verdict{font-size:1.3em;font-weight:700}.v-fail{color:#cf222e}.v-pass{color:#1a7f37}",
          ".case{border:1px solid #d0d7de;border-radius:6px;margin:.4em 0;padding:.3em .6em}",
          ".case.o-fail,.case.o-error{border-left:6px solid #cf222e}.case.o-warn{border-left:6px solid #d4a72c}",
          ".badge{font-weight:700;text-transform:uppercase}dt{font-weight:600}dd{margin:0 0 .3em 1em;white-space:pre-wrap}",
          "pre.transcript{background:#f6f8fa;border:1px solid #d0d7de;padding:.5em;overflow:auto;max-height:40em;"
              + "white-space:pre-wrap;word-break:break-all}",
          ".step.failed>p{color:#cf222e;font-weight:600}.counts span{margin-right:1em}");
}
