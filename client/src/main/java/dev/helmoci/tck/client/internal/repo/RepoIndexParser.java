package dev.helmoci.tck.client.internal.repo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.repo.RepoEntry;
import dev.helmoci.tck.client.repo.RepoIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a repository index as Helm's {@code repo.loadIndex} does (helm v3.22 {@code
 * pkg/repo/index.go}): JSON when the bytes are valid JSON ({@code jsonOrYamlUnmarshal}), else YAML;
 * an empty body or a missing {@code apiVersion} is an error; an entry without name or version is
 * skipped and said so.
 */
public final class RepoIndexParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RepoIndexParser() {}

  /**
   * @param source the URL the bytes came from, named in every message
   */
  public static RepoIndex parse(byte[] body, String source) throws IOException {
    if (body.length == 0) {
      throw new RepoException("empty index.yaml file at " + source);
    }
    JsonNode root = readTree(body, source);
    if (root == null || !root.isObject()) {
      throw new RepoException("index at " + source + " is not a mapping");
    }
    String apiVersion = root.path("apiVersion").asText("");
    if (apiVersion.isEmpty()) {
      throw new RepoException("no API version specified in index at " + source);
    }
    Map<String, List<RepoEntry>> entries = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    root.path("entries")
        .fields()
        .forEachRemaining(
            chart -> {
              List<RepoEntry> versions = new ArrayList<>();
              for (JsonNode v : chart.getValue()) {
                String version = v.path("version").asText("");
                String name = v.path("name").asText(chart.getKey());
                if (v.isNull() || version.isEmpty() || name.isEmpty()) {
                  skipped.add(
                      chart.getKey()
                          + " \""
                          + version
                          + "\": "
                          + (v.isNull() ? "empty entry" : "no version"));
                  continue;
                }
                List<String> urls = new ArrayList<>();
                v.path("urls").forEach(u -> urls.add(u.asText()));
                versions.add(
                    new RepoEntry(
                        name,
                        version,
                        v.path("digest").asText(""),
                        urls,
                        v.path("created").asText("")));
              }
              entries.put(chart.getKey(), versions);
            });
    return new RepoIndex(apiVersion, entries, skipped);
  }

  private static JsonNode readTree(byte[] body, String source) throws IOException {
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      // YAML, as most repositories serve it; timestamps stay strings (SafeConstructor would make
      // them Dates).
      try {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        Object tree =
            new Yaml(
                    new SafeConstructor(options) {
                      {
                        yamlConstructors.put(Tag.TIMESTAMP, yamlConstructors.get(Tag.STR));
                      }
                    })
                .load(new String(body, StandardCharsets.UTF_8));
        return JSON.valueToTree(tree);
      } catch (MarkedYAMLException e) {
        throw new RepoException(
            "invalid index at "
                + source
                + ":"
                + (e.getProblemMark().getLine() + 1)
                + ":"
                + (e.getProblemMark().getColumn() + 1)
                + ": "
                + e.getProblem());
      } catch (YAMLException | IllegalArgumentException e) {
        throw new RepoException("invalid index at " + source + ": " + e.getMessage());
      }
    }
  }
}
