package dev.helmoci.tck.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A chart of incompressible files just under Helm's 100 MiB decompressed limit, packaged by real
 * helm 3, pushed and pulled by each process caller (the CLI with a small heap) in interleaved
 * rounds: wall time, MiB/s and peak resident memory. Files are 4 MiB, under Helm 3's 5 MiB per-file
 * limit ({@code MaxDecompressedFileSize}, pkg/chart/loader/archive.go in v3.22.0), so every helm
 * accepts the chart.
 */
final class LargeChart {
  private static final String CHART = "large";
  private static final String VERSION = "1.0.0";
  private static final int FILE_BYTES = 4 * 1024 * 1024;

  private final Peers peers;
  private final ProcessCaller packager;
  private final List<ProcessCaller> callers;
  private final int mib;
  private final int rounds;
  private final Progress progress;

  LargeChart(
      Peers peers,
      ProcessCaller packager,
      List<ProcessCaller> callers,
      int mib,
      int rounds,
      Progress progress) {
    this.peers = peers;
    this.packager = packager;
    this.callers = callers;
    this.mib = mib;
    this.rounds = rounds;
    this.progress = progress;
  }

  ArrayNode run() throws IOException {
    Path archive = packageChart();
    long bytes = Files.size(archive);
    progress.line("large chart: " + archive.getFileName() + ", " + bytes + " bytes");
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    for (Map.Entry<String, EmbeddedRegistry> entry : peers.registries().entrySet()) {
      Map<String, Samples> times = new LinkedHashMap<>();
      Map<String, Long> peaks = new LinkedHashMap<>();
      Map<String, String> errors = new LinkedHashMap<>();
      for (int round = 0; round < rounds; round++) {
        List<ProcessCaller> order = new ArrayList<>(callers);
        java.util.Collections.rotate(order, round);
        for (ProcessCaller caller : order) {
          String remote = "oci://" + entry.getValue().hostPort() + "/large/" + caller.repository();
          Path dir =
              peers.directory(
                  "large", entry.getKey(), caller.repository(), Integer.toString(round));
          measure(caller, "push", times, peaks, errors, () -> caller.push(archive, remote));
          measure(
              caller,
              "pull",
              times,
              peaks,
              errors,
              () -> caller.pull(remote + "/" + CHART, VERSION, dir));
          deleteTree(dir);
        }
        progress.line("large chart on " + entry.getKey() + ": round " + (round + 1) + "/" + rounds);
      }
      for (String op : List.of("push", "pull")) {
        Samples helm3 = times.get("helm3 " + op);
        for (ProcessCaller caller : callers) {
          String key = caller.name() + " " + op;
          Samples s = times.getOrDefault(key, new Samples());
          ObjectNode row =
              rows.addObject()
                  .put("registry", entry.getKey())
                  .put("operation", op)
                  .put("caller", caller.name())
                  .put("archiveBytes", bytes)
                  .put("samples", s.count())
                  .put("ok", !errors.containsKey(key));
          if (s.count() > 0) {
            row.put("medianMillis", OperationLatency.round1(s.median()))
                .put(
                    "mibPerSecond",
                    OperationLatency.round1(bytes / 1048576.0 / (s.median() / 1000)))
                .put("peakRssMib", OperationLatency.round1(peaks.getOrDefault(key, 0L) / 1024.0));
            if (helm3 != null && helm3.count() > 0) {
              row.put("ratioToHelm3", Samples.ratio(s.median(), helm3.median()));
            }
          }
          if (errors.containsKey(key)) {
            row.put("error", errors.get(key));
          }
        }
      }
    }
    return rows;
  }

  private interface Call {
    double run() throws Exception;
  }

  private static void measure(
      ProcessCaller caller,
      String op,
      Map<String, Samples> times,
      Map<String, Long> peaks,
      Map<String, String> errors,
      Call call) {
    String key = caller.name() + " " + op;
    try {
      double millis = call.run();
      times.computeIfAbsent(key, k -> new Samples()).add(millis);
      peaks.merge(key, caller.lastPeakRssKib(), Math::max);
    } catch (Exception e) {
      // A caller that cannot do it (e.g. out of heap) is a result to report, not a reason to stop
      // the run.
      String message = String.valueOf(e.getMessage());
      errors.putIfAbsent(key, message.length() > 600 ? message.substring(0, 600) + "…" : message);
    }
  }

  private Path packageChart() throws IOException {
    Path dir = peers.directory("large", "source", CHART);
    Files.writeString(
        dir.resolve("Chart.yaml"),
        "apiVersion: v2\nname: "
            + CHART
            + "\nversion: "
            + VERSION
            + "\ndescription: incompressible files near Helm's size limit\n",
        StandardCharsets.UTF_8);
    Path files = Files.createDirectories(dir.resolve("files"));
    Random random = new Random(14);
    byte[] block = new byte[64 * 1024];
    long total = (long) mib * 1024 * 1024;
    for (int i = 0; (long) i * FILE_BYTES < total; i++) {
      long size = Math.min(FILE_BYTES, total - (long) i * FILE_BYTES);
      try (OutputStream out =
          Files.newOutputStream(files.resolve(String.format("blob-%03d.bin", i)))) {
        for (long written = 0; written < size; written += block.length) {
          random.nextBytes(block);
          out.write(block, 0, (int) Math.min(block.length, size - written));
        }
      }
    }
    Path out = peers.directory("large", "packaged");
    packager.packageChart(dir, out);
    deleteTree(dir);
    return out.resolve(CHART + "-" + VERSION + ".tgz");
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
