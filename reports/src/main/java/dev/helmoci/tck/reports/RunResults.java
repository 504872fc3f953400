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

  public RunResults(String target, String driver) {
    this.target = target;
    this.driver = driver;
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
    ObjectNode root = JSON.createObjectNode().put("format", 1).put("target", target).put("driver", driver);
    ObjectNode totals = root.putObject("counts");
    counts().forEach((o, n) -> totals.put(o.label(), n));
    ArrayNode list = root.putArray("cases");
    for (CaseResult c : cases()) {
      ObjectNode n = list.addObject().put("suite", c.suite()).put("id", c.id()).put("title", c.title())
          .put("level", c.level()).put("outcome", c.outcome().label()).put("message", c.message())
          .put("source", c.source()).put("durationMillis", c.duration().toMillis());
      c.features().forEach(n.putArray("features")::add);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    JSON.writeValue(file.toFile(), root);
  }

  public void writeMarkdown(Path file) throws IOException {
    StringBuilder md = new StringBuilder("# Helm OCI TCK: ").append(target).append(" with ").append(driver)
        .append("\n\n| outcome | cases |\n| --- | --- |\n");
    counts().forEach((o, n) -> md.append("| ").append(o.label()).append(" | ").append(n).append(" |\n"));
    List<CaseResult> notPassed = cases().stream()
        .filter(c -> c.outcome() == Outcome.FAIL || c.outcome() == Outcome.ERROR).toList();
    if (!notPassed.isEmpty()) {
      md.append("\n## Failures and errors\n\n| case | features | outcome | message |\n| --- | --- | --- | --- |\n");
      for (CaseResult c : notPassed) {
        md.append("| `").append(c.id()).append("` | ").append(String.join(", ", c.features())).append(" | ")
            .append(c.outcome().label()).append(" | ").append(oneLine(c.message())).append(" |\n");
      }
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, md.toString());
  }

  private static String oneLine(String text) {
    String line = text.replace('\n', ' ').replace("|", "\\|");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
