package dev.helmoci.tck.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-call latency of push, pull and show chart for each caller on each registry: one untimed
 * warm-up round, then {@code rounds} rounds in which every caller runs every operation, the
 * callers' order rotated each round so drift on a loaded machine hits all of them alike. Each
 * caller has its own repository; medians are compared with helm 3's on the same registry.
 */
final class OperationLatency {
  private static final String CHART = "bench";
  private static final String VERSION = "0.1.0";
  static final List<String> OPERATIONS = List.of("push", "pull", "show-chart");

  private final Peers peers;
  private final List<ChartCaller> callers;
  private final int rounds;
  private final Progress progress;

  OperationLatency(Peers peers, List<ChartCaller> callers, int rounds, Progress progress) {
    this.peers = peers;
    this.callers = callers;
    this.rounds = rounds;
    this.progress = progress;
  }

  ArrayNode run() throws Exception {
    Path chart =
        ChartTarball.minimal(CHART, VERSION)
            .writeTo(peers.directory("operations", "chart"), ChartTarball.fileName(CHART, VERSION));
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    for (Map.Entry<String, EmbeddedRegistry> entry : peers.registries().entrySet()) {
      Map<String, Samples> samples = new LinkedHashMap<>();
      for (int round = -1; round < rounds; round++) {
        List<ChartCaller> order = rotated(round + 1);
        for (ChartCaller caller : order) {
          String remote = "oci://" + entry.getValue().hostPort() + "/bench/" + caller.repository();
          String ref = remote + "/" + CHART;
          Path dir = peers.directory("operations", entry.getKey(), caller.repository());
          double push = caller.push(chart, remote);
          double pull = caller.pull(ref, VERSION, dir);
          double show = caller.showChart(ref, VERSION, CHART);
          if (round >= 0) {
            samples.computeIfAbsent(caller.name() + " push", k -> new Samples()).add(push);
            samples.computeIfAbsent(caller.name() + " pull", k -> new Samples()).add(pull);
            samples.computeIfAbsent(caller.name() + " show-chart", k -> new Samples()).add(show);
          }
          if (round >= 0 && caller instanceof ProcessCaller process) {
            // Only the last call's CPU is kept by the caller: show chart stands for the process's
            // start-up cost.
            samples
                .computeIfAbsent(caller.name() + " show-chart cpu", k -> new Samples())
                .add(process.lastCpuMillis());
          }
        }
        progress.line(
            "operations on "
                + entry.getKey()
                + ": round "
                + (round + 1)
                + "/"
                + rounds
                + (round < 0 ? " (warm-up)" : ""));
      }
      for (String op : OPERATIONS) {
        Samples helm3 = samples.get("helm3 " + op);
        for (ChartCaller caller : callers) {
          Samples s = samples.get(caller.name() + " " + op);
          ObjectNode row = rows.addObject();
          row.put("registry", entry.getKey())
              .put("operation", op)
              .put("caller", caller.name())
              .put("samples", s.count())
              .put("medianMillis", round1(s.median()))
              .put("minMillis", round1(s.min()))
              .put("maxMillis", round1(s.max()));
          if (helm3 != null) {
            row.put("ratioToHelm3", Samples.ratio(s.median(), helm3.median()));
          }
          Samples cpu = samples.get(caller.name() + " " + op + " cpu");
          Samples helm3Cpu = samples.get("helm3 " + op + " cpu");
          if (cpu != null) {
            row.put("medianCpuMillis", round1(cpu.median()));
            if (helm3Cpu != null) {
              row.put("cpuRatioToHelm3", Samples.ratio(cpu.median(), helm3Cpu.median()));
            }
          }
        }
      }
    }
    return rows;
  }

  private List<ChartCaller> rotated(int by) {
    List<ChartCaller> order = new ArrayList<>(callers);
    java.util.Collections.rotate(order, by % Math.max(1, order.size()));
    return order;
  }

  static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
