package dev.helmoci.tck.client.internal.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.chart.Dependency;
import dev.helmoci.tck.client.chart.Maintainer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code json.Unmarshal} into {@code chart.Metadata}: case-insensitive keys, unknown ignored. */
public final class ConfigJsonDecoder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigJsonDecoder() {}

  static ChartMetadata decode(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new ManifestFormatException("invalid config JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ManifestFormatException("config JSON is not an object");
    }
    Map<String, JsonNode> f = fold(root);
    return new ChartMetadata(
        text(f, "name"),
        text(f, "home"),
        texts(f, "sources"),
        text(f, "version"),
        text(f, "description"),
        texts(f, "keywords"),
        maintainers(f),
        text(f, "icon"),
        text(f, "apiversion"),
        text(f, "condition"),
        text(f, "tags"),
        text(f, "appversion"),
        f.containsKey("deprecated") && f.get("deprecated").asBoolean(),
        annotations(f.get("annotations")),
        text(f, "kubeversion"),
        dependencies(f),
        text(f, "type"));
  }

  // Go matches JSON keys to fields case-insensitively; a later key wins.
  private static Map<String, JsonNode> fold(JsonNode object) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = object.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
    }
    return out;
  }

  private static String text(Map<String, JsonNode> f, String key) {
    JsonNode n = f.get(key);
    if (n == null || n.isNull()) {
      return "";
    }
    if (!n.isTextual()) {
      throw new ManifestFormatException(
          "json: cannot unmarshal "
              + n.getNodeType().name().toLowerCase(Locale.ROOT)
              + " into Go struct field Metadata."
              + key
              + " of type string");
    }
    return n.asText();
  }

  private static List<String> texts(Map<String, JsonNode> f, String key) {
    List<String> out = new ArrayList<>();
    JsonNode n = f.get(key);
    if (n != null && n.isArray()) {
      n.forEach(item -> out.add(item.isNull() ? "" : item.asText()));
    }
    return out;
  }

  private static Map<String, String> annotations(JsonNode n) {
    Map<String, String> out = new LinkedHashMap<>();
    if (n != null && n.isObject()) {
      n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    }
    return out;
  }

  private static List<Maintainer> maintainers(Map<String, JsonNode> f) {
    List<Maintainer> out = new ArrayList<>();
    JsonNode n = f.get("maintainers");
    if (n != null && n.isArray()) {
      for (JsonNode m : n) {
        Map<String, JsonNode> mf = m.isObject() ? fold(m) : Map.of();
        out.add(
            m.isNull()
                ? null
                : new Maintainer(text(mf, "name"), text(mf, "email"), text(mf, "url")));
      }
    }
    return out;
  }

  private static List<Dependency> dependencies(Map<String, JsonNode> f) {
    List<Dependency> out = new ArrayList<>();
    JsonNode n = f.get("dependencies");
    if (n != null && n.isArray()) {
      for (JsonNode d : n) {
        if (d.isNull()) {
          out.add(null);
          continue;
        }
        Map<String, JsonNode> df = fold(d);
        List<Object> imports = new ArrayList<>();
        if (df.get("import-values") != null && df.get("import-values").isArray()) {
          df.get("import-values").forEach(v -> imports.add(JSON.convertValue(v, Object.class)));
        }
        out.add(
            new Dependency(
                text(df, "name"),
                text(df, "version"),
                text(df, "repository"),
                text(df, "condition"),
                texts(df, "tags"),
                df.containsKey("enabled") && df.get("enabled").asBoolean(),
                imports,
                text(df, "alias")));
      }
    }
    return out;
  }
}
