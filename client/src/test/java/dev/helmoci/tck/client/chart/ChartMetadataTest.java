package dev.helmoci.tck.client.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.internal.chart.ChartLoadException;
import dev.helmoci.tck.client.internal.chart.ChartYaml;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartMetadataTest {
  @Test
  void bindsEveryFieldAndSanitizes() {
    ChartMetadata md =
        parse(
            """
        name: app
        home: https://h
        sources: [https://s]
        version: 1.2.3
        description: "multi\\nline\\u0007 text"
        keywords: [a, "b\\tc"]
        maintainers:
        - name: N
          email: n@x
        - name: Ann
        icon: i.png
        condition: c.enabled
        tags: t1
        appVersion: 1.10
        deprecated: true
        annotations: {b: 2, a: yes}
        kubeVersion: ">=1.20"
        dependencies:
        - name: d
          version: 1.0.0
          repository: ""
          tags: [x]
          enabled: true
          import-values: [child, {child: c, parent: p}]
        type: application
        unknownField: ignored
        """);
    assertThat(md.apiVersion()).isEqualTo("v1");
    assertThat(md.description()).isEqualTo("multi line text");
    assertThat(md.keywords()).containsExactly("a", "b c");
    assertThat(md.appVersion()).isEqualTo("1.1"); // YAML float, as sigs.k8s.io/yaml renders it
    assertThat(md.annotations())
        .containsExactly(java.util.Map.entry("a", "true"), java.util.Map.entry("b", "2"));
    // go-yaml v2 reads a bare N as boolean false, and Helm stores "false".
    assertThat(md.maintainers())
        .containsExactly(new Maintainer("false", "n@x", ""), new Maintainer("Ann", "", ""));
    assertThat(md.dependencies().get(0).importValues()).hasSize(2);
    assertThat(md.deprecated()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "version: 1.0.0|validation: chart.metadata.name is required",
        "name: a|validation: chart.metadata.version is required",
        "name: a/b\\nversion: 1.0.0|validation: chart.metadata.name \"a/b\" is invalid",
        "name: ..\\nversion: 1.0.0|validation: chart.metadata.name \"..\" is not allowed",
        "name: a\\nversion: latest|validation: chart.metadata.version \"latest\" is invalid",
        "name: a\\nversion: 1.0.0\\ntype: plugin|validation: chart.metadata.type must be application or library",
        "name: a\\nversion: 1.0.0\\nmaintainers: [~]|validation: maintainers must not contain empty or null nodes",
        "name: a\\nversion: 1.0.0\\ndependencies: [{name: x, alias: 'a b'}]|validation: dependency \"x\" has disallowed characters in the alias",
        "name: a\\nversion: 1.0.0\\ndependencies: [{name: x}, {name: y, alias: x}]|validation: more than one dependency with name or alias \"x\"",
        "name: a\\nversion: 1.0.0\\nsources: one|cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Metadata.sources of type []string",
      })
  void validationErrors(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml.replace("\\n", "\n")))
        .isInstanceOf(ChartLoadException.class)
        .hasMessage(message);
  }

  @Test
  void timestampsStayText() {
    assertThat(parse("name: a\nversion: 1.0.0\nappVersion: 2020-01-02\n").appVersion())
        .isEqualTo("2020-01-02");
  }

  private static ChartMetadata parse(String yaml) {
    return ChartYaml.parse(yaml.getBytes(StandardCharsets.UTF_8)).toMetadata().validated();
  }
}
