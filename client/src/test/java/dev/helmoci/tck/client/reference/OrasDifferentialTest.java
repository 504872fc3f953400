package dev.helmoci.tck.client.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helmoci.tck.client.interop.GoGenerated;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reference inputs whose outcome was produced by oras-go v2.6.2's real ParseReference. */
class OrasDifferentialTest {

  static Stream<JsonNode> cases() throws IOException {
    return GoGenerated.rows("oras-parse-reference.jsonl", 41);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesOras(JsonNode c) {
    String input = c.get("input").asText();
    if (c.has("error")) {
      assertThatThrownBy(() -> Reference.parse(input)).hasMessage(c.get("error").asText());
      return;
    }
    Reference ref = Reference.parse(input);
    assertThat(ref.registry()).isEqualTo(c.path("registry").asText(""));
    assertThat(ref.repository()).isEqualTo(c.path("repository").asText(""));
    String reference = ref.digest().isEmpty() ? ref.tag() : ref.digest();
    assertThat(reference).isEqualTo(c.path("reference").asText(""));
  }
}
