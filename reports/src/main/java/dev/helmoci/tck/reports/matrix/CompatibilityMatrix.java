package dev.helmoci.tck.reports.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.reports.CaseResult;
import dev.helmoci.tck.reports.Outcome;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Features × (registry, driver / Helm release): one verdict per cell, from the cases that verify
 * the feature in the runs of that column. Runs with the same column (shards of one run) pool their
 * cases.
 */
public final class CompatibilityMatrix {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One column: a registry and a driver. */
  public record Column(String registry, String driver) {
    public String label() {
      return registry + " / " + driver;
    }
  }

  /**
   * One cell in full: its verdict, whether every case of the feature was disabled there (a Helm
   * release outside the cases' ranges), and for a cell that is not a pass the first case that made
   * it so, with its error line (helm's own message where helm reported one).
   */
  public record Cell(Verdict verdict, boolean disabled, String firstCase, String errorLine) {
    public String label() {
      return disabled ? "disabled" : verdict.label();
    }
  }

  private static final String HELM_ERROR = "Helm reported an error: ";

  private final List<Column> columns;
  private final List<String> features;
  private final Map<Column, Map<String, Verdict>> cells;
  private final Map<Column, Map<String, Cell>> details;

  private CompatibilityMatrix(
      List<Column> columns,
      List<String> features,
      Map<Column, Map<String, Verdict>> cells,
      Map<Column, Map<String, Cell>> details) {
    this.columns = columns;
    this.features = features;
    this.cells = cells;
    this.details = details;
  }

  public static CompatibilityMatrix of(List<RunResults> runs) {
    Map<Column, List<CaseResult>> byColumn = new LinkedHashMap<>();
    TreeSet<String> features = new TreeSet<>();
    for (RunResults run : runs) {
      Column column = new Column(run.info().registryLabel(), run.info().driverLabel());
      byColumn.computeIfAbsent(column, c -> new ArrayList<>()).addAll(run.cases());
      run.cases().forEach(c -> features.addAll(c.features()));
    }
    Map<Column, Map<String, Verdict>> cells = new LinkedHashMap<>();
    Map<Column, Map<String, Cell>> details = new LinkedHashMap<>();
    byColumn.forEach(
        (column, cases) -> {
          Map<String, Verdict> row = new LinkedHashMap<>();
          Map<String, Cell> detailRow = new LinkedHashMap<>();
          for (String feature : features) {
            List<CaseResult> verifying =
                cases.stream().filter(c -> c.features().contains(feature)).toList();
            Verdict verdict = Verdict.of(verifying.stream().map(CaseResult::outcome).toList());
            row.put(feature, verdict);
            detailRow.put(feature, cell(verdict, verifying));
          }
          cells.put(column, row);
          details.put(column, detailRow);
        });
    return new CompatibilityMatrix(
        List.copyOf(byColumn.keySet()), List.copyOf(features), cells, details);
  }

  private static Cell cell(Verdict verdict, List<CaseResult> cases) {
    boolean disabled =
        verdict == Verdict.NOT_RUN
            && !cases.isEmpty()
            && cases.stream().allMatch(c -> c.outcome() == Outcome.DISABLED);
    Outcome culprit =
        switch (verdict) {
          case FAIL -> Outcome.FAIL;
          case ERROR -> Outcome.ERROR;
          case WARN -> Outcome.WARN;
          default -> null;
        };
    return cases.stream()
        .filter(c -> c.outcome() == culprit)
        .findFirst()
        .map(c -> new Cell(verdict, false, c.id(), errorLine(c.message())))
        .orElse(new Cell(verdict, disabled, "", disabled ? errorLine(cases.get(0).message()) : ""));
  }

  /**
   * helm's error where a helm command failed, else the message's first line; at most 200
   * characters.
   */
  static String errorLine(String message) {
    int helm = message.indexOf(HELM_ERROR);
    String text = helm >= 0 ? message.substring(helm + HELM_ERROR.length()) : message;
    text = text.strip().lines().findFirst().orElse("");
    return text.length() > 200 ? text.substring(0, 199) + "…" : text;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<String> features() {
    return features;
  }

  public Verdict cell(String feature, Column column) {
    return cells.getOrDefault(column, Map.of()).getOrDefault(feature, Verdict.NOT_RUN);
  }

  public Cell detail(String feature, Column column) {
    return details
        .getOrDefault(column, Map.of())
        .getOrDefault(feature, new Cell(Verdict.NOT_RUN, false, "", ""));
  }

  public String toMarkdown() {
    StringBuilder md = new StringBuilder("# Helm OCI compatibility matrix\n\n| feature |");
    columns.forEach(c -> md.append(' ').append(escape(c.label())).append(" |"));
    md.append("\n| --- |");
    columns.forEach(c -> md.append(" --- |"));
    md.append('\n');
    for (String feature : features) {
      md.append("| ").append(escape(feature)).append(" |");
      columns.forEach(c -> md.append(' ').append(symbol(detail(feature, c))).append(" |"));
      md.append('\n');
    }
    md.append(
        "\npass ✅ · fail ❌ (a helm command breaks) · warn ⚠️ (a deviation Helm tolerates) · error 💥 (the kit "
            + "broke) · disabled ⏸️ (outside every case's Helm range, or the driver cannot) · not run ➖\n");
    StringBuilder firsts = new StringBuilder();
    for (Column c : columns) {
      for (String feature : features) {
        Cell cell = detail(feature, c);
        if (!cell.firstCase().isEmpty()) {
          firsts
              .append("- ")
              .append(escape(c.label()))
              .append(", ")
              .append(escape(feature))
              .append(": ")
              .append(symbol(cell))
              .append(" first in `")
              .append(cell.firstCase())
              .append("`: ")
              .append(escape(cell.errorLine()))
              .append('\n');
        }
      }
    }
    if (firsts.length() > 0) {
      md.append("\n## First failing case per cell\n\n").append(firsts);
    }
    return md.toString();
  }

  public String toJson() {
    ObjectNode root = JSON.createObjectNode().put("format", 1);
    ArrayNode cols = root.putArray("columns");
    columns.forEach(c -> cols.addObject().put("registry", c.registry()).put("driver", c.driver()));
    ArrayNode rows = root.putArray("features");
    for (String feature : features) {
      ObjectNode row = rows.addObject().put("feature", feature);
      ArrayNode verdicts = row.putArray("verdicts");
      columns.forEach(c -> verdicts.add(cell(feature, c).label()));
      // verdicts stays as it was (format 1); cells adds, per column, disabled and the first failing
      // case.
      ArrayNode cellsNode = row.putArray("cells");
      for (Column c : columns) {
        Cell cell = detail(feature, c);
        ObjectNode node = cellsNode.addObject().put("verdict", cell.label());
        if (!cell.firstCase().isEmpty()) {
          node.put("firstCase", cell.firstCase());
        }
        if (!cell.errorLine().isEmpty()) {
          node.put("error", cell.errorLine());
        }
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serializes", e);
    }
  }

  static String symbol(Cell cell) {
    return cell.disabled() ? "⏸️ disabled" : symbol(cell.verdict());
  }

  static String symbol(Verdict verdict) {
    return switch (verdict) {
      case PASS -> "✅ pass";
      case FAIL -> "❌ fail";
      case WARN -> "⚠️ warn";
      case ERROR -> "💥 error";
      case NOT_RUN -> "➖";
    };
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }
}
