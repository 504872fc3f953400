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
 * Features × (registry, driver / Helm release): one verdict per cell, from the cases that verify the feature in
 * the runs of that column. Runs with the same column (shards of one run) pool their cases.
 */
public final class CompatibilityMatrix {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One column: a registry and a driver. */
  public record Column(String registry, String driver) {
    public String label() {
      return registry + " / " + driver;
    }
  }

  private final List<Column> columns;
  private final List<String> features;
  private final Map<Column, Map<String, Verdict>> cells;

  private CompatibilityMatrix(List<Column> columns, List<String> features, Map<Column, Map<String, Verdict>> cells) {
    this.columns = columns;
    this.features = features;
    this.cells = cells;
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
    byColumn.forEach((column, cases) -> {
      Map<String, Verdict> row = new LinkedHashMap<>();
      for (String feature : features) {
        List<Outcome> outcomes = cases.stream().filter(c -> c.features().contains(feature))
            .map(CaseResult::outcome).toList();
        row.put(feature, Verdict.of(outcomes));
      }
      cells.put(column, row);
    });
    return new CompatibilityMatrix(List.copyOf(byColumn.keySet()), List.copyOf(features), cells);
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

  public String toMarkdown() {
    StringBuilder md = new StringBuilder("# Helm OCI compatibility matrix\n\n| feature |");
    columns.forEach(c -> md.append(' ').append(escape(c.label())).append(" |"));
    md.append("\n| --- |");
    columns.forEach(c -> md.append(" --- |"));
    md.append('\n');
    for (String feature : features) {
      md.append("| ").append(escape(feature)).append(" |");
      columns.forEach(c -> md.append(' ').append(symbol(cell(feature, c))).append(" |"));
      md.append('\n');
    }
    md.append("\npass ✅ · fail ❌ (a helm command breaks) · warn ⚠️ (a deviation Helm tolerates) · error 💥 (the kit "
        + "broke) · not run ➖\n");
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
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serializes", e);
    }
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
