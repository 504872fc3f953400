package dev.helmoci.tck.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one run against one registry with one driver: written as {@code results.json} (for tools and
 * the compatibility matrix) and {@code summary.md} (for people and CI job summaries).
 */
public final class RunResults {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String target;
  private final String driver;
  private final List<CaseResult> cases = new ArrayList<>();
  private String registry = "";

  public RunResults(String target, String driver) {
    this.target = target;
    this.driver = driver;
  }

  public String driver() {
    return driver;
  }

  /** What the registry under test is, product and version where known, e.g. {@code zot v2.1.20 (minimal, …)}. */
  public synchronized void registry(String description) {
    registry = description == null ? "" : description;
  }

  public synchronized String registry() {
    return registry.isEmpty() ? target : registry;
  }

  public synchronized void add(CaseResult result) {
    cases.add(result);
  }

  public synchronized List<CaseResult> cases() {
    return List.copyOf(cases);
  }

  public synchronized Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    cases.forEach(c -> counts.merge(c.outcome(), 1, Integer::sum));
    return counts;
  }

  public void writeJson(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode().put("format", 1).put("target", target).put("registry", registry())
        .put("driver", driver);
    ObjectNode totals = root.putObject("counts");
    counts().forEach((o, n) -> totals.put(o.label(), n));
    ArrayNode list = root.putArray("cases");
    for (CaseResult c : cases()) {
      ObjectNode n = list.addObject().put("suite", c.suite()).put("id", c.id()).put("title", c.title())
          .put("level", c.level()).put("outcome", c.outcome().label()).put("message", c.message())
          .put("source", c.source()).put("impact", c.impact()).put("durationMillis", c.duration().toMillis());
      c.features().forEach(n.putArray("features")::add);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    JSON.writeValue(file.toFile(), root);
  }

  public void writeMarkdown(Path file) throws IOException {
    StringBuilder md = new StringBuilder("# Helm OCI TCK: ").append(registry()).append(" with ").append(driver)
        .append("\n\n| outcome | cases |\n| --- | --- |\n");
    counts().forEach((o, n) -> md.append("| ").append(o.label()).append(" | ").append(n).append(" |\n"));
    section(md, "Failures and errors (Helm users are hurt, or the kit broke)", Outcome.FAIL, Outcome.ERROR);
    section(md, "Warnings (deviations Helm tolerates today)", Outcome.WARN);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, md.toString());
  }

  private void section(StringBuilder md, String title, Outcome... outcomes) {
    List<Outcome> wanted = List.of(outcomes);
    List<CaseResult> listed = cases().stream().filter(c -> wanted.contains(c.outcome())).toList();
    if (listed.isEmpty()) {
      return;
    }
    md.append("\n## ").append(title).append("\n\n| case | impact | outcome | message |\n| --- | --- | --- | --- |\n");
    for (CaseResult c : listed) {
      md.append("| `").append(c.id()).append("` | ").append(oneLine(c.impact())).append(" | ")
          .append(c.outcome().label()).append(" | ").append(oneLine(c.message())).append(" |\n");
    }
  }

  private static String oneLine(String text) {
    String line = text.replace('\n', ' ').replace("|", "\\|");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
