package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The answers real Go code gave, recorded by {@code golden/helm-generated/gen} (Helm's loader,
 * oras-go's reference parser, Masterminds/semver, sigs.k8s.io/yaml; see its README): one JSON
 * object a line, the cases of a differential test.
 */
public final class GoGenerated {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoGenerated() {}

  /**
   * The rows of {@code golden/helm-generated/<file>}; fewer than {@code atLeast} means the file was
   * cut short, which fails the test rather than shrinking it.
   */
  public static Stream<JsonNode> rows(String file, int atLeast) throws IOException {
    String resource = "/golden/helm-generated/" + file;
    List<JsonNode> rows = new ArrayList<>();
    InputStream stream = GoGenerated.class.getResourceAsStream(resource);
    assertThat(stream).as("test resource %s", resource).isNotNull();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(JSON.readTree(line));
      }
    }
    assertThat(rows).as("rows of %s", resource).hasSizeGreaterThanOrEqualTo(atLeast);
    return rows.stream();
  }
}
