package dev.helmoci.tck.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code helm-oci-tck-bench}: every comparison of issue 14 in one run and one process tree, against
 * a zot and a distribution it starts itself, written to {@code result.json} and {@code result.md}.
 * Exit 0 when the benchmark ran (a missed target is a result, not an error), 2 when it could not.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Times the kit, the helm-oci CLI and the in-process client against real helm 3 and 4, in one run,",
      "on a zot and a distribution 3 started here; writes result.json and result.md to --out.",
      "Timings on a shared machine are noisy: compare the ratios, which are measured in the same run."
    })
public final class BenchCli implements Callable<Integer> {
  static final Set<String> SECTIONS = Set.of("discovery", "operations", "large", "suites", "sweep");

  @Option(
      names = "--out",
      defaultValue = "target/benchmark",
      description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(
      names = "--distribution",
      description =
          "unpacked distribution whose bin/ launchers are timed "
              + "(default: system property tck.distribution.dir)")
  Path distribution;

  @Option(
      names = "--registries",
      split = ",",
      defaultValue = "zot,distribution",
      description = "registries started for the run (default: ${DEFAULT-VALUE})")
  List<String> registries;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "SECTION",
      description =
          "run only these sections: discovery, operations, large, suites, sweep (default: all)")
  List<String> only;

  @Option(
      names = "--rounds",
      defaultValue = "10",
      description = "interleaved rounds per operation (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(
      names = "--cli-variant",
      paramLabel = "NAME=JAVA_OPTS",
      defaultValue =
          "jvm-defaults=,c1-serial=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC,"
              + "scaled-serial=-XX:CompileThresholdScaling=10 -XX:+UseSerialGC,"
              + "cds-only=-Xshare:auto -Xlog:cds=off -XX:SharedArchiveFile={cds}",
      split = ",",
      description = {
        "helm-oci run with exactly these JVM options instead of the launcher's defaults, beside",
        "helm-oci as shipped; {cds} is lib/cds/helm-oci.jsa; 'none' for no variant (default: ${DEFAULT-VALUE})"
      })
  List<String> cliVariants;

  @Option(
      names = "--large-mib",
      defaultValue = "96",
      description = "large chart size in MiB (default: ${DEFAULT-VALUE})")
  int largeMib;

  @Option(
      names = "--large-rounds",
      defaultValue = "3",
      description = "rounds of the large chart (default: ${DEFAULT-VALUE})")
  int largeRounds;

  @Option(
      names = "--large-heap",
      defaultValue = "-Xmx64m",
      description = "JAVA_OPTS of the CLI for the large chart (default: ${DEFAULT-VALUE})")
  String largeHeap;

  @Option(
      names = "--suite-drivers",
      split = ",",
      defaultValue = "reference,helm3,helm4",
      description = "drivers of the suite runs (default: ${DEFAULT-VALUE})")
  List<String> suiteDrivers;

  @Option(
      names = "--suite-parallelism",
      split = ",",
      defaultValue = "1,4",
      description = "parallelism of the suite runs (default: ${DEFAULT-VALUE})")
  List<Integer> suiteParallelism;

  @Option(
      names = "--suite-registries",
      split = ",",
      paramLabel = "NAME",
      description = "registries the suite runs use (default: every registry of --registries)")
  List<String> suiteRegistries;

  @Option(
      names = "--suite-args",
      split = " ",
      paramLabel = "ARGS",
      description = "selection for suite runs, e.g. '--profile helm-core' (default: every suite)")
  List<String> suiteArgs = new ArrayList<>();

  @Option(
      names = "--sweep-delays",
      split = ",",
      defaultValue = "0,25,50",
      description = "added round trip in ms, 0 first (default: ${DEFAULT-VALUE})")
  List<Integer> sweepDelays;

  @Option(
      names = "--sweep-parallelism",
      split = ",",
      defaultValue = "1,4,8",
      description = "parallelism of the sweep (default: ${DEFAULT-VALUE})")
  List<Integer> sweepParallelism;

  @Option(
      names = "--sweep-args",
      split = " ",
      paramLabel = "ARGS",
      defaultValue = "--profile helm-core",
      description = "selection for the sweep (default: ${DEFAULT-VALUE})")
  List<String> sweepArgs;

  @Option(
      names = "--discovery-cases",
      split = ",",
      defaultValue = "1000,10000",
      description = "generated case counts (default: ${DEFAULT-VALUE})")
  List<Integer> discoveryCases;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return new CommandLine(new BenchCli())
        .setExitCodeExceptionMapper(e -> 2)
        .setParameterExceptionHandler(
            (e, a) -> {
              e.getCommandLine().getErr().println("error: " + e.getMessage());
              e.getCommandLine().usage(e.getCommandLine().getErr());
              return 2;
            })
        .execute(args);
  }

  @Override
  public Integer call() throws Exception {
    Progress progress = new Progress(System.err);
    if (only != null && !SECTIONS.containsAll(only)) {
      System.err.println("error: --only takes " + SECTIONS + ", not " + only);
      return 2;
    }
    if (sweepDelays.isEmpty() || sweepDelays.get(0) != 0) {
      System.err.println(
          "error: --sweep-delays must start with 0 (the loopback time every ratio is against)");
      return 2;
    }
    Path dist =
        distribution != null
            ? distribution
            : Path.of(
                System.getProperty(
                    "tck.distribution.dir", "distribution/target/helm-oci-tck/helm-oci-tck"));
    Files.createDirectories(out);
    Path work = Files.createTempDirectory(out.toAbsolutePath(), "work-");
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("format", 1).put("startedAt", Instant.now().toString());
    result.set("host", HostInfo.describe());
    result.set("settings", settings(dist));
    try (Peers peers = Peers.start(registries, work, dist.toAbsolutePath(), progress)) {
      ObjectNode regs = result.putObject("registries");
      peers.registries().forEach((n, r) -> regs.put(n, r.description()));
      if (wants("discovery")) {
        result.set("discovery", new DiscoveryTime(peers, 5, progress).run(discoveryCases));
      }
      Path home = peers.loggedInHome("callers");
      Map<String, String> env = Peers.helmEnvironment(home);
      ProcessCaller helm3 =
          new ProcessCaller("helm3", peers.helm(Tool.HELM3).orElseThrow(), env, work);
      ProcessCaller cli =
          new ProcessCaller("helm-oci", dist.resolve("bin/helm-oci").toAbsolutePath(), env, work);
      List<ProcessCaller> processes = new ArrayList<>(List.of(helm3, cli));
      peers
          .helm(Tool.HELM4)
          .ifPresent(h -> processes.add(new ProcessCaller("helm4", h, env, work)));
      if (wants("operations")) {
        List<ChartCaller> callers = new ArrayList<>(processes);
        String cds = dist.resolve("lib/cds/helm-oci.jsa").toAbsolutePath().toString();
        for (String variant : cliVariants) {
          if (variant.equals("none")) {
            continue;
          }
          int eq = variant.indexOf('=');
          if (eq <= 0) {
            System.err.println("error: --cli-variant takes NAME=JAVA_OPTS, not " + variant);
            return 2;
          }
          callers.add(
              cli.with(
                  "[" + variant.substring(0, eq) + "]",
                  Map.of(
                      "TCK_JAVA_DEFAULTS",
                      "",
                      "JAVA_OPTS",
                      variant.substring(eq + 1).replace("{cds}", cds))));
        }
        callers.add(new InProcessCaller());
        result.set("operations", new OperationLatency(peers, callers, rounds, progress).run());
      }
      if (wants("large")) {
        List<ProcessCaller> large =
            List.of(helm3, cli.with(" " + largeHeap, Map.of("JAVA_OPTS", largeHeap)));
        result.set(
            "largeChart",
            new LargeChart(peers, helm3, large, largeMib, largeRounds, progress).run());
      }
      SuiteRuns suites = new SuiteRuns(peers, progress);
      if (wants("suites")) {
        var rows = JsonNodeFactory.instance.arrayNode();
        for (Map.Entry<String, EmbeddedRegistry> e : peers.registries().entrySet()) {
          if (suiteRegistries != null && !suiteRegistries.contains(e.getKey())) {
            continue;
          }
          rows.addAll(
              suites.compare(
                  e.getKey(), e.getValue().baseUrl(), suiteDrivers, suiteParallelism, suiteArgs));
        }
        result.set("suites", rows);
      }
      if (wants("sweep")) {
        Map.Entry<String, EmbeddedRegistry> first = peers.registries().entrySet().iterator().next();
        result.set(
            "latencySweep",
            new LatencySweep(suites, progress)
                .run(first.getKey(), first.getValue(), sweepDelays, sweepParallelism, sweepArgs));
      }
    } finally {
      LargeChart.deleteTree(work);
    }
    result.put("finishedAt", Instant.now().toString());
    result.set("targets", Targets.evaluate(result));
    BenchReport.write(result, out);
    progress.line("wrote " + out.resolve("result.json") + " and " + out.resolve("result.md"));
    return 0;
  }

  private boolean wants(String section) {
    return only == null || only.contains(section);
  }

  private ObjectNode settings(Path dist) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    s.put("distribution", dist.toAbsolutePath().toString())
        .put("rounds", rounds)
        .put("largeMib", largeMib)
        .put("largeRounds", largeRounds)
        .put("largeHeap", largeHeap)
        .put("suiteArgs", String.join(" ", suiteArgs))
        .put("suiteRegistries", suiteRegistries == null ? "all" : String.join(",", suiteRegistries))
        .put("sweepArgs", String.join(" ", sweepArgs));
    s.putPOJO("sections", only == null ? List.copyOf(new java.util.TreeSet<>(SECTIONS)) : only);
    s.putPOJO("suiteDrivers", suiteDrivers);
    s.putPOJO("suiteParallelism", suiteParallelism);
    s.putPOJO("sweepDelays", sweepDelays);
    s.putPOJO("sweepParallelism", sweepParallelism);
    s.putPOJO("discoveryCases", discoveryCases);
    return s;
  }
}
