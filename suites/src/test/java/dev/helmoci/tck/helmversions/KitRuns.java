package dev.helmoci.tck.helmversions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.engine.cli.TckCli;
import dev.helmoci.tck.fixtures.tools.HelmRelease;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.Tools;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code helm-oci-tck} runs in this JVM, as a user types them, and the outcomes their results.json
 * records.
 */
final class KitRuns {
  private KitRuns() {}

  /**
   * The release's binary must be provisioned: a skip with the command that builds it, a failure
   * where required.
   */
  static void requireRelease(HelmRelease release) {
    PeerCheck.require(
        release.find(Tools.fromEnvironment()).isPresent(),
        "HELM_RELEASE_" + release,
        "helm " + release.tag() + " not provisioned (./tck provision helm " + release + ")");
  }

  /** The exit code and output of {@code helm-oci-tck ARGS}. */
  static Map.Entry<Integer, String> cli(List<String> args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try {
      int code = TckCli.run(args.toArray(String[]::new));
      return Map.entry(code, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** Case id to {@code [outcome, message]} from one results.json. */
  static Map<String, List<String>> outcomes(Path results) throws Exception {
    JsonNode root = new ObjectMapper().readTree(results.toFile());
    Map<String, List<String>> byCase = new LinkedHashMap<>();
    for (JsonNode c : root.path("cases")) {
      byCase.put(
          c.path("id").asText(), List.of(c.path("outcome").asText(), c.path("message").asText()));
    }
    return byCase;
  }

  /**
   * {@code run} of these cases through {@code driver} on the embedded {@code registry}; its
   * outcomes.
   */
  static Map<String, List<String>> run(
      String driver,
      String registry,
      List<String> cases,
      Path reports,
      boolean ignoreRanges,
      String... config)
      throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--driver",
                driver,
                "--embedded",
                registry,
                "--reports",
                reports.toString()));
    cases.forEach(c -> args.addAll(List.of("--case", c)));
    if (ignoreRanges) {
      args.addAll(List.of("-c", "helm-oci-tck.helm-ranges.ignore=true"));
    }
    for (String c : config) {
      args.addAll(List.of("-c", c));
    }
    Map.Entry<Integer, String> run = cli(args);
    if (run.getKey() == TckCli.KIT_ERROR) {
      throw new AssertionError(
          "helm-oci-tck " + String.join(" ", args) + " broke:\n" + run.getValue());
    }
    return outcomes(reports.resolve("results.json"));
  }
}
