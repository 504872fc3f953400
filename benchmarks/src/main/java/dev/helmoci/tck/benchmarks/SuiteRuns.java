package dev.helmoci.tck.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kit's own suites, run by the distribution's {@code bin/helm-oci-tck} as a CI job runs them,
 * once per driver and parallelism (the drivers' order rotated per parallelism), against a registry
 * by URL. The wall time is fork to exit and includes the cleanup of what the run pushed. The exit
 * code and counts are kept: a known finding of the registry (exit 1) still times the whole suite.
 */
final class SuiteRuns {
  static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);

  private final Peers peers;
  private final Progress progress;

  SuiteRuns(Peers peers, Progress progress) {
    this.peers = peers;
    this.progress = progress;
  }

  /**
   * One run; {@code selection} are extra {@code run} arguments ({@code --profile}, {@code --case}).
   */
  ObjectNode runOnce(
      String label, URI target, String driver, int parallelism, List<String> selection)
      throws IOException {
    Path reports = peers.directory("suites", label);
    List<String> command =
        new ArrayList<>(
            List.of(
                peers.distribution().resolve("bin/helm-oci-tck").toString(),
                "run",
                "--target",
                target.toString(),
                "--plain-http",
                "--username",
                Peers.USERNAME,
                "--driver",
                driver,
                "--parallelism",
                Integer.toString(parallelism),
                "--reports",
                reports.toString()));
    command.addAll(selection);
    Map<String, String> env = new HashMap<>();
    env.put("OCI_PASSWORD", Peers.PASSWORD);
    peers
        .helm(dev.helmoci.tck.fixtures.tools.Tools.Tool.HELM3)
        .ifPresent(p -> env.put("TCK_HELM3", p.toString()));
    peers
        .helm(dev.helmoci.tck.fixtures.tools.Tools.Tool.HELM4)
        .ifPresent(p -> env.put("TCK_HELM4", p.toString()));
    Optional<ProcessHandle> registryProcess =
        peers.registries().values().stream()
            .filter(r -> target.toString().contains(r.hostPort()))
            .findFirst()
            .flatMap(r -> r.process());
    long registryCpuBefore = registryProcess.map(SuiteRuns::cpuMillis).orElse(0L);
    Instant forked = Instant.now();
    ProcessRun run = ProcessRun.run(command, env, reports, RUN_TIMEOUT);
    long registryCpu = registryProcess.map(SuiteRuns::cpuMillis).orElse(0L) - registryCpuBefore;
    ObjectNode row =
        JsonNodeFactory.instance
            .objectNode()
            .put("driver", driver)
            .put("parallelism", parallelism)
            .put("wallMillis", run.wall().toMillis())
            .put("exitCode", run.exitCode())
            .put("peakRssMib", OperationLatency.round1(run.peakRssKib() / 1024.0))
            // Where the CPU went in the same run: the kit's JVM (helm's own processes not
            // counted) against the registry's process, which shares the machine's cores.
            .put("kitCpuMillis", run.cpuMillis());
    registryProcess.ifPresent(p -> row.put("registryCpuMillis", registryCpu));
    Path results = reports.resolve("results.json");
    if (run.exitCode() > 1 || !Files.exists(results)) {
      throw new IllegalStateException(
          "suite run "
              + label
              + " broke (exit "
              + run.exitCode()
              + "): "
              + Files.readString(run.stderr()).lines().reduce("", (a, b) -> b));
    }
    JsonNode parsed = new ObjectMapper().readTree(results.toFile());
    JsonNode counts = parsed.path("counts");
    row.set("counts", counts);
    row.put("longestCases", longestCases(parsed, 3));
    row.set("split", TimeSplit.read(results, forked, run.wall()).toJson());
    progress.line(
        "suite "
            + label
            + ": "
            + run.wall().toMillis()
            + " ms, exit "
            + run.exitCode()
            + ", "
            + counts);
    return row;
  }

  /** The {@code n} cases that took longest, {@code id (seconds)}: where a profile starts. */
  static String longestCases(JsonNode results, int n) {
    List<JsonNode> cases = new ArrayList<>();
    results.path("cases").forEach(cases::add);
    cases.sort(
        (a, b) ->
            Long.compare(b.path("durationMillis").asLong(), a.path("durationMillis").asLong()));
    StringBuilder out = new StringBuilder();
    for (JsonNode c : cases.subList(0, Math.min(n, cases.size()))) {
      out.append(out.length() == 0 ? "" : ", ")
          .append(c.path("id").asText())
          .append(
              String.format(Locale.ROOT, " (%.1f s)", c.path("durationMillis").asLong() / 1000.0));
    }
    return out.toString();
  }

  /** User plus system CPU of a live process so far, as the JDK reads it from /proc. */
  private static long cpuMillis(ProcessHandle process) {
    return process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
  }

  /**
   * Every driver at every parallelism on one registry, with ratios to helm 3 at the same
   * parallelism.
   */
  ArrayNode compare(
      String registry,
      URI target,
      List<String> drivers,
      List<Integer> parallelisms,
      List<String> selection)
      throws IOException {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    int rotation = 0;
    for (int p : parallelisms) {
      List<String> order = new ArrayList<>(drivers);
      java.util.Collections.rotate(order, rotation++);
      Map<String, ObjectNode> byDriver = new HashMap<>();
      for (String driver : order) {
        ObjectNode row = runOnce(registry + "-" + driver + "-p" + p, target, driver, p, selection);
        row.put("registry", registry);
        byDriver.put(driver, row);
      }
      for (String driver : drivers) {
        ObjectNode row = byDriver.get(driver);
        if (byDriver.containsKey("helm3")) {
          row.put(
              "ratioToHelm3",
              Samples.ratio(
                  row.path("wallMillis").asDouble(),
                  byDriver.get("helm3").path("wallMillis").asDouble()));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
