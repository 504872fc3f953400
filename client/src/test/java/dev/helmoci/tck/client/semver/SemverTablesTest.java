package dev.helmoci.tck.client.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.internal.semver.SemverException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Masterminds/semver v3.5.0's own test tables, extracted to golden/semver/*.jsonl. */
class SemverTablesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> constraintChecks() throws IOException {
    return rows("constraints-check.jsonl").stream()
        .map(
            r ->
                Arguments.of(
                    r.get("constraint").asText(),
                    r.get("version").asText(),
                    r.get("check").asBoolean()));
  }

  static Stream<Arguments> strictVersions() throws IOException {
    return rows("strict-versions.jsonl").stream()
        .map(r -> Arguments.of(r.get("version").asText(), r.get("error").asBoolean()));
  }

  static Stream<Arguments> lenientVersions() throws IOException {
    return rows("lenient-versions.jsonl").stream()
        .map(r -> Arguments.of(r.get("version").asText(), r.get("error").asBoolean()));
  }

  @ParameterizedTest(name = "[{index}] {0} vs {1} -> {2}")
  @MethodSource("constraintChecks")
  void constraintCheck(String constraint, String version, boolean expected) {
    assertThat(Constraint.parse(constraint).check(Version.parse(version))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} error={1}")
  @MethodSource("strictVersions")
  void strictNewVersion(String version, boolean error) {
    if (error) {
      assertThatThrownBy(() -> Version.parseStrict(version)).isInstanceOf(SemverException.class);
    } else {
      assertThat(Version.parseStrict(version).original()).isEqualTo(version);
    }
  }

  @ParameterizedTest(name = "[{index}] {0} error={1}")
  @MethodSource("lenientVersions")
  void newVersion(String version, boolean error) {
    if (error) {
      assertThatThrownBy(() -> Version.parse(version)).isInstanceOf(SemverException.class);
    } else {
      assertThat(Version.parse(version).original()).isEqualTo(version);
    }
  }

  private static List<JsonNode> rows(String name) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                SemverTablesTest.class.getResourceAsStream("/golden/semver/" + name),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(JSON.readTree(line));
      }
    }
    assertThat(rows).hasSizeGreaterThan(40);
    return rows;
  }
}
