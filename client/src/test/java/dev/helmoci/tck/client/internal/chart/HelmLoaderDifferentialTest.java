package dev.helmoci.tck.client.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helmoci.tck.client.chart.ArchiveLimits;
import dev.helmoci.tck.client.chart.HelmLine;
import dev.helmoci.tck.client.interop.GoGenerated;
import dev.helmoci.tck.client.manifest.ConfigJsonAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chart.yaml cases whose expected config JSON or error was produced by Helm v3.22.0's real {@code
 * loader.LoadFiles} + {@code json.Marshal} (golden/helm-generated, see gen/README.md).
 */
class HelmLoaderDifferentialTest {

  static Stream<JsonNode> cases() throws IOException {
    return GoGenerated.rows("helm-load-chart.jsonl", 41);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesHelm(JsonNode c) {
    byte[] chartYaml = c.get("chartYaml").asText().getBytes(StandardCharsets.UTF_8);
    List<ChartLoader.File> files =
        new ArrayList<>(List.of(new ChartLoader.File("Chart.yaml", chartYaml)));
    if (c.has("requirementsYaml")) {
      files.add(
          new ChartLoader.File(
              "requirements.yaml",
              c.get("requirementsYaml").asText().getBytes(StandardCharsets.UTF_8)));
    }
    ArchiveLimits limits = ArchiveLimits.defaults(HelmLine.HELM_3);
    if (c.has("error")) {
      assertThatThrownBy(() -> ChartLoader.load(files, limits, w -> {}))
          .hasMessage(c.get("error").asText());
    } else {
      assertThat(ConfigJsonAccess.encode(ChartLoader.load(files, limits, w -> {})))
          .isEqualTo(c.get("config").asText());
    }
  }
}
