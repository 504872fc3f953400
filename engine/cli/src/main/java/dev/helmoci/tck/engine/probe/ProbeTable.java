package dev.helmoci.tck.engine.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Probe results of several helm releases against one registry, as Markdown (feature × helm) and
 * JSON.
 */
public final class ProbeTable {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<ProbeResult> results;

  public ProbeTable(List<ProbeResult> results) {
    this.results = List.copyOf(results);
  }

  public String markdown() {
    StringBuilder md = new StringBuilder("| feature |");
    results.forEach(r -> md.append(" helm ").append(r.helmVersion()).append(" |"));
    md.append("\n| --- |").append(" --- |".repeat(results.size())).append('\n');
    TreeSet<String> features = new TreeSet<>();
    results.forEach(r -> features.addAll(r.features().keySet()));
    for (String feature : features) {
      md.append("| ").append(feature).append(" |");
      for (ProbeResult r : results) {
        md.append(' ').append(r.feature(feature).map(f -> cell(f)).orElse("—")).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static String cell(ProbeFeature f) {
    if (f.status() != ProbeFeature.Status.FAIL) {
      return f.status().name().toLowerCase().replace('_', '-');
    }
    String first = f.evidence().stream().filter(e -> e.startsWith("FAIL")).findFirst().orElse("");
    return "**fail**: " + first.substring(Math.min(5, first.length())).replace("|", "\\|");
  }

  public void writeJson(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode().put("format", 1);
    var list = root.putArray("probes");
    for (ProbeResult r : results) {
      ObjectNode probe =
          list.addObject().put("helm", r.helmVersion()).put("registry", r.registry());
      ObjectNode features = probe.putObject("features");
      r.features()
          .forEach(
              (name, f) -> {
                ObjectNode n =
                    features.putObject(name).put("status", f.status().name().toLowerCase());
                f.evidence().forEach(n.putArray("evidence")::add);
              });
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    JSON.writeValue(file.toFile(), root);
  }
}
