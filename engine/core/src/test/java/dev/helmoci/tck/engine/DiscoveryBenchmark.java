package dev.helmoci.tck.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Prints how long discovery takes for one suite of 1,000 cases (cold, then warm), next to the time
 * snakeyaml alone needs to compose the same file, measured in the same run, so the ratio shows the
 * engine's own cost. A benchmark to run by hand, not a timed test: after {@code mvn -o -q -pl
 * engine/core test-compile}, run this class with the engine's test class path (for example from the
 * IDE).
 */
public final class DiscoveryBenchmark {

  private static final int CASES = 1_000;

  private DiscoveryBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path directory = Files.createTempDirectory("helm-oci-tck-benchmark");
    Path file = directory.resolve("benchmark.suite.yaml");
    Files.writeString(file, suite(CASES));
    try {
      for (int round = 1; round <= 5; round++) {
        long started = System.nanoTime();
        EngineDiscoveryResults results =
            TestSuites.engine().selectors(selectFile(file.toFile())).discover();
        long millis = (System.nanoTime() - started) / 1_000_000;
        long composeStarted = System.nanoTime();
        try (Reader reader = Files.newBufferedReader(file)) {
          new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        }
        long composeMillis = Math.max(1, (System.nanoTime() - composeStarted) / 1_000_000);
        System.out.printf(
            "round %d: discovered %d cases (%d issues) from %d KiB in %d ms; snakeyaml compose"
                + " alone %d ms; ratio %.1f%n",
            round,
            results.getEngineDescriptor().getDescendants().size() - 1,
            results.getDiscoveryIssues().size(),
            Files.size(file) / 1024,
            millis,
            composeMillis,
            (double) millis / composeMillis);
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(directory);
    }
  }

  static String suite(int cases) {
    StringBuilder yaml =
        new StringBuilder(
            "format: 1\nid: benchmark\ntitle: Generated\nprofiles: [bench]\n"
                + "vars:\n  repo: ${namespace}/bench\ncases:\n");
    for (int i = 0; i < cases; i++) {
      yaml.append("  - id: case-")
          .append(i)
          .append("\n")
          .append("    title: Generated case ")
          .append(i)
          .append("\n")
          .append("    verifies: [push, tags]\n")
          .append(i > 0 && i % 10 == 0 ? "    dependsOn: [case-" + (i - 1) + "]\n" : "")
          .append("    steps:\n")
          .append("      - type: http\n        path: /v2/${repo}/tags/list\n        as: tags\n")
          .append(
              "        expect:\n          status: 200\n          json:\n            /tags/0: \"1.0.")
          .append(i)
          .append("\"\n")
          .append(
              "      - type: assert\n        actual: ${tags.status}\n        equals: \"200\"\n");
    }
    return yaml.toString();
  }
}
