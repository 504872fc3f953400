package dev.helmoci.tck.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code result.json} as measured and {@code result.md}: the same rows as tables, targets first.
 */
final class BenchReport {
  private BenchReport() {}

  static void write(ObjectNode result, Path out) throws IOException {
    new ObjectMapper()
        .writerWithDefaultPrettyPrinter()
        .writeValue(out.resolve("result.json").toFile(), result);
    Files.writeString(out.resolve("result.md"), markdown(result), StandardCharsets.UTF_8);
  }

  static String markdown(JsonNode r) {
    StringBuilder md = new StringBuilder("# Benchmark: kit and client vs helm\n\n");
    md.append("Run ")
        .append(r.path("startedAt").asText())
        .append(" – ")
        .append(r.path("finishedAt").asText())
        .append(" on ")
        .append(r.path("host").path("cores").asInt())
        .append(" cores (load at start ")
        .append(r.path("host").path("loadAverage").asText())
        .append("), ")
        .append(r.path("host").path("java").asText())
        .append(".\n");
    md.append("Registries: ");
    r.path("registries")
        .fields()
        .forEachRemaining(
            e -> md.append(e.getKey()).append(" = ").append(e.getValue().asText()).append("; "));
    md.append(
        "\nOnly ratios measured in this run compare; absolute times move with the machine's load.\n\n");
    table(md, "Targets", r.path("targets"), List.of("name", "goal", "value", "status", "what"));
    table(
        md,
        "Per operation (ms, median of interleaved rounds)",
        r.path("operations"),
        List.of(
            "registry",
            "operation",
            "caller",
            "samples",
            "medianMillis",
            "minMillis",
            "maxMillis",
            "ratioToHelm3",
            "medianCpuMillis",
            "cpuRatioToHelm3"));
    table(
        md,
        "Large chart",
        r.path("largeChart"),
        List.of(
            "registry",
            "operation",
            "caller",
            "archiveBytes",
            "samples",
            "ok",
            "medianMillis",
            "mibPerSecond",
            "peakRssMib",
            "ratioToHelm3",
            "error"));
    table(
        md,
        "Suite runs (wall ms, fork to exit)",
        r.path("suites"),
        List.of(
            "registry",
            "driver",
            "parallelism",
            "wallMillis",
            "exitCode",
            "ratioToHelm3",
            "split.startupMillis",
            "split.registryWaitMillis",
            "split.helmMillis",
            "split.kitMillis",
            "split.exchanges",
            "kitCpuMillis",
            "registryCpuMillis",
            "longestCases",
            "peakRssMib"));
    table(
        md,
        "Latency sweep (reference driver through a delaying proxy)",
        r.path("latencySweep"),
        List.of(
            "registry",
            "delayMillis",
            "parallelism",
            "wallMillis",
            "exitCode",
            "ratioToLoopback",
            "split.exchanges"));
    table(
        md,
        "Discovery (in-process)",
        r.path("discovery"),
        List.of("cases", "firstMillis", "medianMillis", "samples"));
    return md.toString();
  }

  private static void table(StringBuilder md, String title, JsonNode rows, List<String> columns) {
    if (!rows.isArray() || rows.isEmpty()) {
      return;
    }
    md.append("## ").append(title).append("\n\n|");
    columns.forEach(c -> md.append(' ').append(c.replace("split.", "")).append(" |"));
    md.append("\n|");
    columns.forEach(c -> md.append(" --- |"));
    md.append('\n');
    for (JsonNode row : rows) {
      md.append('|');
      for (String c : columns) {
        JsonNode v = row;
        for (String part : c.split("\\.")) {
          v = v.path(part);
        }
        String text = v.isMissingNode() || v.isNull() ? "" : v.asText();
        md.append(' ').append(text.replace("|", "\\|").replace("\n", " ")).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }
}
