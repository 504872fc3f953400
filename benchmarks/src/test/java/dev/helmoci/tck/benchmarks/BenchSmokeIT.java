package dev.helmoci.tck.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.Tools;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness works end to end on the smallest settings (one round, one case, an 8 MiB chart, 100
 * generated cases): every section writes rows, the result validates against its schema and the
 * Markdown has every table. It proves the benchmark runs, not any number: performance is judged
 * from {@code ./tck bench}'s ratios.
 */
class BenchSmokeIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everySectionRunsAndTheResultValidates(@TempDir Path out) throws Exception {
    Tools tools = Tools.fromEnvironment();
    PeerCheck.require(tools.find(Tool.HELM3).isPresent(), "HELM3", "helm3 not provisioned");
    PeerCheck.require(tools.find(Tool.ZOT).isPresent(), "ZOT_PROCESS", "zot not provisioned");
    Path distribution = Path.of(System.getProperty("tck.distribution.dir", "missing"));
    assertThat(distribution.resolve("bin/helm-oci"))
        .as("the distribution is built before this module")
        .isExecutable();

    int exit =
        BenchCli.run(
            "--out",
            out.toString(),
            "--registries",
            "zot",
            "--rounds",
            "1",
            "--large-mib",
            "8",
            "--large-rounds",
            "1",
            "--suite-drivers",
            "reference,helm3",
            "--suite-parallelism",
            "1",
            "--suite-args",
            "--case smoke-push-pull",
            "--sweep-delays",
            "0,25",
            "--sweep-parallelism",
            "1",
            "--sweep-args",
            "--case smoke-push-pull",
            "--discovery-cases",
            "100",
            "--cli-variant",
            "none");

    assertThat(exit).isZero();
    JsonNode result = JSON.readTree(out.resolve("result.json").toFile());
    assertThat(schema().validate(result)).isEmpty();
    assertThat(result.path("operations")).hasSize(3 * (tools.find(Tool.HELM4).isPresent() ? 4 : 3));
    assertThat(result.path("largeChart"))
        .allSatisfy(row -> assertThat(row.path("ok").asBoolean()).as("%s", row).isTrue());
    assertThat(result.path("suites"))
        .hasSize(2)
        .allSatisfy(
            row -> {
              assertThat(row.path("counts").path("pass").asInt()).as("%s", row).isEqualTo(1);
              // The reference driver's time on the registry comes from the client's records, helm's
              // from its processes.
              String measured =
                  row.path("driver").asText().equals("reference") ? "exchanges" : "helmMillis";
              assertThat(row.path("split").path(measured).asInt()).as("%s", row).isPositive();
            });
    // Wall times of one case are noise-dominated on a loaded machine; the client's own records are
    // not.
    JsonNode delayed = result.path("latencySweep").get(1).path("split");
    assertThat(delayed.path("registryWaitMillis").asLong())
        .as("every exchange waited the added 25 ms: %s", delayed)
        .isGreaterThanOrEqualTo(25L * delayed.path("exchanges").asLong());
    assertThat(result.path("discovery").get(0).path("cases").asInt()).isEqualTo(100);
    // The smoke settings measure no 50 ms delay and no 1,000 cases; every other target has its
    // rows.
    assertThat(result.path("targets"))
        .filteredOn(t -> !t.path("name").asText().matches("latency-50ms|discovery-1000"))
        .hasSize(4)
        .extracting(t -> t.path("status").asText())
        .doesNotContain("not measured");
    String md = Files.readString(out.resolve("result.md"));
    assertThat(md)
        .contains(
            "## Targets",
            "## Per operation",
            "## Large chart",
            "## Suite runs",
            "## Latency sweep",
            "## Discovery");
    assertThat(out.toFile().list())
        .as("the work folder is removed")
        .containsExactlyInAnyOrder("result.json", "result.md");
  }

  @Test
  void theSchemaRefusesAResultWithoutTargets() throws Exception {
    ObjectNode result =
        JSON.createObjectNode()
            .put("format", 1)
            .put("startedAt", "2026-12-01T00:00:00Z")
            .put("finishedAt", "2026-12-01T00:00:01Z");
    result
        .putObject("host")
        .put("cores", 2)
        .put("java", "17")
        .put("os", "Linux")
        .put("loadAverage", "1");
    result.putObject("settings").put("distribution", "d").put("rounds", 1).putArray("sections");
    result.putObject("registries").put("zot", "zot v2.1.20");
    assertThat(schema().validate(result)).isNotEmpty();
    result.putArray("targets");
    assertThat(schema().validate(result)).isEmpty();
  }

  private static JsonSchema schema() throws Exception {
    try (InputStream in = BenchCli.class.getResourceAsStream("bench-result-1.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(JSON.readTree(in));
    }
  }
}
