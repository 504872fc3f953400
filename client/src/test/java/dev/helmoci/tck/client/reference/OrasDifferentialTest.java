package dev.helmoci.tck.client.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reference inputs whose outcome was produced by oras-go v2.6.2's real ParseReference. */
class OrasDifferentialTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<JsonNode> cases() throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                OrasDifferentialTest.class.getResourceAsStream(
                    "/golden/helm-generated/oras-parse-reference.jsonl"),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(JSON.readTree(line));
      }
    }
    assertThat(rows).hasSizeGreaterThan(40);
    return rows.stream();
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
