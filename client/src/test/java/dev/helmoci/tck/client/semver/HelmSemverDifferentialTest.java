package dev.helmoci.tck.client.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helmoci.tck.client.interop.GoGenerated;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Outcomes produced by the real Masterminds/semver v3.5.0 and Helm v3.22.0 {@code
 * GetTagMatchingVersionOrConstraint} (golden/helm-generated/helm-semver.jsonl).
 */
class HelmSemverDifferentialTest {
  private final TagResolver helm3 = new TagResolver(TagResolver.Wording.HELM_3);

  static Stream<JsonNode> cases() throws IOException {
    return GoGenerated.rows("helm-semver.jsonl", 101);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cases")
  void matchesGo(JsonNode c) {
    String input = c.get("input").asText();
    String kind = c.get("kind").asText();
    if (kind.equals("resolve")) {
      List<String> tags = new ArrayList<>();
      c.get("tags").forEach(t -> tags.add(t.asText()));
      List<String> sorted = TagResolver.semverTags(tags);
      List<String> expectedSorted = new ArrayList<>();
      c.path("sorted").forEach(t -> expectedSorted.add(t.asText()));
      assertThat(sorted).isEqualTo(expectedSorted);
      if (c.has("error")) {
        assertThatThrownBy(() -> helm3.match(sorted, input)).hasMessage(c.get("error").asText());
      } else {
        assertThat(helm3.match(sorted, input)).isEqualTo(c.get("result").asText());
      }
      return;
    }
    Runnable parse =
        switch (kind) {
          case "strict" ->
              () ->
                  assertThat(Version.parseStrict(input).toString())
                      .isEqualTo(c.path("string").asText());
          case "lenient" ->
              () ->
                  assertThat(Version.parse(input).toString()).isEqualTo(c.path("string").asText());
          default ->
              () ->
                  assertThat(Constraint.parse(input).toString())
                      .isEqualTo(c.path("string").asText());
        };
    if (c.has("error")) {
      assertThatThrownBy(parse::run).hasMessage(c.get("error").asText());
    } else {
      parse.run();
    }
  }
}
