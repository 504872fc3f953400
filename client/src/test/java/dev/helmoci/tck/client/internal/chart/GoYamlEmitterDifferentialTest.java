package dev.helmoci.tck.client.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.interop.GoGenerated;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Metadata-shaped JSON values whose YAML was written by the real sigs.k8s.io/yaml v1.6.0 Marshal
 * (go-yaml v2.4.4, what Helm 3.22 and 4.3 use for {@code show chart}); inputs in gen/yaml.txt, see
 * gen/README.md.
 */
class GoYamlEmitterDifferentialTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<JsonNode> cases() throws IOException {
    return GoGenerated.rows("go-yaml-marshal.jsonl", 101);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void writesWhatGoWrites(JsonNode c) throws IOException {
    Object input = JSON.treeToValue(c.get("input"), Object.class);
    if (c.has("error")) {
      assertThatThrownBy(() -> GoYamlEmitter.marshalJson(input))
          .hasMessage(c.get("error").asText());
    } else {
      assertThat(GoYamlEmitter.marshalJson(input))
          .as("%s", c.get("input"))
          .isEqualTo(c.get("yaml").asText());
    }
  }
}
