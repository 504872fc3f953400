package dev.helmoci.tck.client.internal.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.repo.RepoEntry;
import dev.helmoci.tck.client.repo.RepoIndex;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepoIndexParserTest {
  private static final String YAML =
      "apiVersion: v1\nentries:\n  demo:\n  - name: demo\n    version: 1.0.0+build.1\n"
          + "    digest: abc\n    created: 2026-01-01T00:00:00Z\n    urls: [demo-1.0.0+build.1.tgz]\n  - name: demo\n";

  @Test
  void readsYamlAndSkipsAnEntryWithoutVersionAsHelmDoes() throws Exception {
    RepoIndex index =
        RepoIndexParser.parse(YAML.getBytes(StandardCharsets.UTF_8), "http://x/index.yaml");
    assertThat(index.versions())
        .containsExactly(
            new RepoEntry(
                "demo",
                "1.0.0+build.1",
                "abc",
                java.util.List.of("demo-1.0.0+build.1.tgz"),
                "2026-01-01T00:00:00Z"));
    assertThat(index.skipped()).containsExactly("demo \"\": no version");
  }

  @Test
  void readsJson() throws Exception {
    String json =
        "{\"apiVersion\":\"v1\",\"entries\":{\"demo\":[{\"name\":\"demo\",\"version\":\"2.0.0\",\"urls\":[\"a.tgz\"]}]}}";
    assertThat(RepoIndexParser.parse(json.getBytes(StandardCharsets.UTF_8), "s").versions())
        .extracting(RepoEntry::version)
        .containsExactly("2.0.0");
  }

  @Test
  void badYamlNamesSourceLineAndColumn() {
    assertThatThrownBy(
            () ->
                RepoIndexParser.parse(
                    "apiVersion: v1\nentries: [\n".getBytes(StandardCharsets.UTF_8),
                    "http://x/index.yaml"))
        .isInstanceOf(RepoException.class)
        .hasMessageMatching("invalid index at http://x/index.yaml:\\d+:\\d+: .*");
  }

  @Test
  void missingApiVersionIsAnErrorAsInHelm() {
    assertThatThrownBy(
            () -> RepoIndexParser.parse("entries: {}\n".getBytes(StandardCharsets.UTF_8), "s"))
        .hasMessage("no API version specified in index at s");
  }
}
