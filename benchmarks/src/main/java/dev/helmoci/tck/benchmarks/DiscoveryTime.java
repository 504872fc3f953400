package dev.helmoci.tck.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.helmoci.tck.engine.Constants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * JUnit Platform discovery of generated suites (100 cases a file, each shaped like the smoke case:
 * login, chart, push, pull with digest checks, show) in this JVM: the first discovery of each size,
 * then the median of {@code rounds} more. No case runs and no registry starts.
 */
final class DiscoveryTime {
  private static final int CASES_PER_FILE = 100;

  private final Peers peers;
  private final int rounds;
  private final Progress progress;

  DiscoveryTime(Peers peers, int rounds, Progress progress) {
    this.peers = peers;
    this.rounds = rounds;
    this.progress = progress;
  }

  ArrayNode run(List<Integer> sizes) throws IOException {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    Launcher launcher = LauncherFactory.create();
    for (int size : sizes) {
      Path dir = peers.directory("discovery", Integer.toString(size));
      for (int file = 0; file * CASES_PER_FILE < size; file++) {
        Files.writeString(
            dir.resolve("gen-" + file + ".suite.yaml"),
            suite(file, Math.min(CASES_PER_FILE, size - file * CASES_PER_FILE)),
            StandardCharsets.UTF_8);
      }
      double first = discover(launcher, dir, size);
      Samples samples = new Samples();
      for (int i = 0; i < rounds; i++) {
        samples.add(discover(launcher, dir, size));
      }
      rows.addObject()
          .put("cases", size)
          .put("firstMillis", OperationLatency.round1(first))
          .put("medianMillis", OperationLatency.round1(samples.median()))
          .put("samples", samples.count());
      progress.line(
          "discovery of "
              + size
              + " cases: first "
              + Math.round(first)
              + " ms, median "
              + Math.round(samples.median())
              + " ms");
      LargeChart.deleteTree(dir);
    }
    return rows;
  }

  private static double discover(Launcher launcher, Path dir, int expected) {
    long start = System.nanoTime();
    TestPlan plan =
        launcher.discover(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectDirectory(dir.toFile()))
                .filters(EngineFilter.includeEngines(Constants.ENGINE_ID))
                .build());
    double took = (System.nanoTime() - start) / 1e6;
    long tests = plan.countTestIdentifiers(id -> id.isTest());
    if (tests != expected) {
      throw new IllegalStateException(
          "discovered " + tests + " cases in " + dir + ", generated " + expected);
    }
    return took;
  }

  private static String suite(int file, int cases) {
    StringBuilder yaml =
        new StringBuilder(
            "format: 1\nid: gen-"
                + file
                + "\ntitle: generated suite "
                + file
                + "\nprofiles: [bench]\ncases:\n");
    for (int i = 0; i < cases; i++) {
      String id = "gen-" + file + "-" + i;
      yaml.append("  - id: ")
          .append(id)
          .append("\n")
          .append("    title: push, pull and show chart ")
          .append(id)
          .append("\n")
          .append("    rationale: generated for the discovery benchmark\n")
          .append(
              "    references:\n      - {kind: helm-docs, ref: \"topics/registries.mdx#the-push-subcommand\"}\n")
          .append("    verifies: [push, pull, show]\n")
          .append("    impact:\n      breaks: [helm push, helm pull, helm show]\n")
          .append("    steps:\n")
          .append("      - type: login\n")
          .append("      - {type: chart, name: c")
          .append(i)
          .append(", version: 0.1.0, as: chart}\n")
          .append("      - type: push\n        chart: ${chart.path}\n        as: pushed\n")
          .append("      - type: pull\n        reference: oci://${registry}/${namespace}/c")
          .append(i)
          .append("\n        version: 0.1.0\n        expect:\n          digest: ${pushed.digest}\n")
          .append("          fields: {sha256: \"${chart.sha256}\"}\n")
          .append(
              "      - type: show\n        what: chart\n        reference: oci://${registry}/${namespace}/c")
          .append(i)
          .append(
              "\n        version: 0.1.0\n        expect:\n          output: {contains: \"name: c")
          .append(i)
          .append("\"}\n");
    }
    return yaml.toString();
  }
}
