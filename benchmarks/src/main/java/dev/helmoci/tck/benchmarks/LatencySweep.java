package dev.helmoci.tck.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.fixtures.fault.FaultProxy;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference driver's suite run through a {@link DelayFault} proxy at each added round trip and
 * parallelism; 0 ms still goes through the proxy, so each ratio compares runs that differ only in
 * the delay.
 */
final class LatencySweep {
  private final SuiteRuns suites;
  private final Progress progress;

  LatencySweep(SuiteRuns suites, Progress progress) {
    this.suites = suites;
    this.progress = progress;
  }

  ArrayNode run(
      String registryName,
      EmbeddedRegistry registry,
      List<Integer> delays,
      List<Integer> parallelisms,
      List<String> selection)
      throws IOException {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    Map<Integer, Double> loopback = new HashMap<>();
    for (int delay : delays) {
      try (FaultProxy proxy = FaultProxy.start(registry.baseUrl(), new DelayFault(delay))) {
        for (int p : parallelisms) {
          ObjectNode row =
              suites.runOnce(
                  registryName + "-delay" + delay + "-p" + p,
                  proxy.baseUrl(),
                  "reference",
                  p,
                  selection);
          row.put("registry", registryName).put("delayMillis", delay);
          double wall = row.path("wallMillis").asDouble();
          if (delay == 0) {
            loopback.put(p, wall);
          }
          if (loopback.containsKey(p)) {
            row.put("ratioToLoopback", Samples.ratio(wall, loopback.get(p)));
          }
          rows.add(row);
        }
      }
      progress.line("latency sweep: " + delay + " ms done");
    }
    return rows;
  }
}
