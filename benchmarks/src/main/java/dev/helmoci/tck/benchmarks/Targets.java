package dev.helmoci.tck.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Predicate;

/**
 * Issue 14's targets, each a ratio or a time from this run's rows; a target without its rows is
 * "not measured".
 */
final class Targets {
  private Targets() {}

  static ArrayNode evaluate(ObjectNode result) {
    ArrayNode targets = JsonNodeFactory.instance.arrayNode();
    int p = defaultParallelism();
    JsonNode suites = result.path("suites");
    for (String registry : names(result)) {
      JsonNode ref = first(suites, r -> is(r, registry, "reference", 1));
      target(
          targets,
          "suite-vs-helm3-" + registry,
          "reference driver's suite wall time / helm3 driver's, parallelism 1",
          "<= 0.333",
          ref == null ? null : ref.path("ratioToHelm3"),
          0.333);
      if (ref != null) {
        JsonNode split = ref.path("split");
        double warm =
            split.path("kitMillis").asDouble()
                / Math.max(
                    1, ref.path("wallMillis").asDouble() - split.path("startupMillis").asDouble());
        target(
            targets,
            "kit-overhead-" + registry,
            "kit time / (wall - start-up) of the reference run, parallelism 1",
            "<= 0.10",
            JsonNodeFactory.instance.numberNode(Samples.ratio(warm, 1)),
            0.10);
      }
    }
    JsonNode slow =
        first(
            result.path("latencySweep"),
            r -> r.path("delayMillis").asInt() == 50 && r.path("parallelism").asInt() == p);
    target(
        targets,
        "latency-50ms",
        "suite at +50 ms / at loopback, at the parallelism auto picks 50 ms away: " + p,
        "<= 2.0",
        slow == null ? null : slow.path("ratioToLoopback"),
        2.0);
    double worstCli = Double.NaN;
    for (JsonNode row : result.path("operations")) {
      if (row.path("caller").asText().equals("helm-oci") && row.has("ratioToHelm3")) {
        // helm-oci as shipped (launcher defaults); the [variant] rows are the measurements behind
        // those defaults.
        double r = row.path("ratioToHelm3").asDouble();
        worstCli = Double.isNaN(worstCli) ? r : Math.max(worstCli, r);
      }
    }
    target(
        targets,
        "cli-vs-helm3",
        "worst helm-oci / helm3 median per call (push, pull, show chart)",
        "<= 3.0",
        Double.isNaN(worstCli) ? null : JsonNodeFactory.instance.numberNode(worstCli),
        3.0);
    double worstLarge = Double.NaN;
    boolean largeFailed = false;
    for (JsonNode row : result.path("largeChart")) {
      if (row.path("caller").asText().startsWith("helm-oci")) {
        largeFailed |= !row.path("ok").asBoolean();
        if (row.has("ratioToHelm3")) {
          double r = row.path("ratioToHelm3").asDouble();
          worstLarge = Double.isNaN(worstLarge) ? r : Math.max(worstLarge, r);
        }
      }
    }
    target(
        targets,
        "large-chart-vs-helm3",
        "worst helm-oci (small heap) / helm3 for push and pull of the large chart"
            + (largeFailed ? "; a call FAILED" : ""),
        "<= 1.25",
        Double.isNaN(worstLarge) && !largeFailed
            ? null
            : JsonNodeFactory.instance.numberNode(
                largeFailed ? Double.POSITIVE_INFINITY : worstLarge),
        1.25);
    JsonNode thousand = first(result.path("discovery"), r -> r.path("cases").asInt() == 1000);
    target(
        targets,
        "discovery-1000",
        "median discovery of 1,000 cases, ms",
        "< 1000",
        thousand == null ? null : thousand.path("medianMillis"),
        999.999);
    return targets;
  }

  /** What the kit's default ({@code --parallelism auto}) chooses for a registry 50 ms away. */
  static int defaultParallelism() {
    return dev.helmoci.tck.engine.cli.ParallelismChoice.forRoundTrip(
            java.time.Duration.ofMillis(50))
        .value();
  }

  private static void target(
      ArrayNode targets, String name, String what, String goal, JsonNode value, double max) {
    ObjectNode t = targets.addObject().put("name", name).put("what", what).put("goal", goal);
    if (value == null
        || value.isMissingNode()
        || !value.isNumber()
        || Double.isNaN(value.asDouble())) {
      t.putNull("value");
      t.put("status", "not measured");
    } else {
      if (Double.isInfinite(value.asDouble())) {
        t.putNull("value");
      } else {
        t.put("value", value.asDouble());
      }
      t.put("status", value.asDouble() <= max ? "met" : "missed");
    }
  }

  private static Iterable<String> names(ObjectNode result) {
    return () -> result.path("registries").fieldNames();
  }

  private static boolean is(JsonNode row, String registry, String driver, int parallelism) {
    return row.path("registry").asText().equals(registry)
        && row.path("driver").asText().equals(driver)
        && row.path("parallelism").asInt() == parallelism;
  }

  private static JsonNode first(JsonNode rows, Predicate<JsonNode> test) {
    for (JsonNode row : rows) {
      if (test.test(row)) {
        return row;
      }
    }
    return null;
  }
}
