package dev.helmoci.tck.client.internal.chart;

import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.chart.Dependency;
import dev.helmoci.tck.client.chart.Maintainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Binds Chart.yaml (and a v1 chart's requirements.yaml) to {@link ChartMetadata} with the field
 * names and Go type rules of Helm's loader; unknown keys are ignored.
 */
public final class ChartYaml {
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private String file = "Chart.yaml";

  /** Parses Chart.yaml; an empty document gives empty metadata, as in Go. */
  public static ChartYaml parse(byte[] chartYaml) {
    ChartYaml y = new ChartYaml();
    y.overlay(chartYaml, "Chart.yaml");
    return y;
  }

  /** Unmarshals another document onto the same struct: present keys replace, maps merge. */
  void overlay(byte[] document, String fileName) {
    file = fileName;
    Object root;
    try {
      root = GoYaml.load(document);
      if (root instanceof Map<?, ?> map) {
        JsonTargets.check(map);
      }
    } catch (RuntimeException e) {
      throw new ChartLoadException("cannot load " + file + ": " + e.getMessage(), e);
    }
    if (root == null) {
      return;
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw typeError(root, "", "chart.Metadata");
    }
    map.forEach(
        (k, v) -> {
          String key = String.valueOf(k);
          if (key.equals("annotations")
              && v instanceof Map<?, ?> more
              && field(fields, key) instanceof Map<?, ?> existing) {
            Map<Object, Object> merged = new LinkedHashMap<>(existing);
            merged.putAll(more);
            fields.put(key, merged);
          } else {
            fields.put(key, v);
          }
        });
  }

  /**
   * The apiVersion an overlay left in Helm's struct, if a document set it (a JSON null leaves it as
   * it was).
   */
  java.util.Optional<String> rawApiVersion() {
    Object v = field(fields, "apiVersion");
    return v == null ? java.util.Optional.empty() : java.util.Optional.of(string(v, "apiVersion"));
  }

  public ChartMetadata toMetadata() {
    String apiVersion = string(field(fields, "apiVersion"), "apiVersion");
    return new ChartMetadata(
        string(field(fields, "name"), "name"),
        string(field(fields, "home"), "home"),
        strings(field(fields, "sources"), "sources"),
        string(field(fields, "version"), "version"),
        string(field(fields, "description"), "description"),
        strings(field(fields, "keywords"), "keywords"),
        maintainers(field(fields, "maintainers")),
        string(field(fields, "icon"), "icon"),
        apiVersion.isEmpty() ? ChartMetadata.API_VERSION_V1 : apiVersion,
        string(field(fields, "condition"), "condition"),
        string(field(fields, "tags"), "tags"),
        string(field(fields, "appVersion"), "appVersion"),
        bool(field(fields, "deprecated"), "deprecated"),
        annotations(field(fields, "annotations")),
        string(field(fields, "kubeVersion"), "kubeVersion"),
        dependencies(field(fields, "dependencies")),
        string(field(fields, "type"), "type"));
  }

  // sigs.k8s.io/yaml goes through JSON, where Go matches keys case-insensitively; the JSON object
  // has sorted keys, so among matching keys the last in byte order wins.
  private static Object field(Map<?, ?> map, String name) {
    String winner = null;
    for (Object k : map.keySet()) {
      String key = String.valueOf(k);
      if (key.equalsIgnoreCase(name) && (winner == null || key.compareTo(winner) > 0)) {
        winner = key;
      }
    }
    if (winner == null) {
      return null;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (String.valueOf(e.getKey()).equals(winner)) {
        return e.getValue();
      }
    }
    return null;
  }

  private String string(Object v, String path) {
    if (v == null) {
      return "";
    }
    if (v instanceof List || v instanceof Map) {
      throw typeError(v, path, "string");
    }
    return GoYaml.scalarText(v);
  }

  private List<String> strings(Object v, String path) {
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw typeError(v, path, "[]string");
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      out.add(string(item, path));
    }
    return out;
  }

  private boolean bool(Object v, String path) {
    if (v == null) {
      return false;
    }
    if (!(v instanceof Boolean b)) {
      throw typeError(v, path, "bool");
    }
    return b;
  }

  private Map<String, String> annotations(Object v) {
    if (v == null) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?> map)) {
      throw typeError(v, "annotations", "map[string]string");
    }
    Map<String, String> out = new TreeMap<>(GoStringOrder.INSTANCE);
    map.forEach((k, value) -> out.put(String.valueOf(k), string(value, "annotations")));
    return out;
  }

  private List<Maintainer> maintainers(Object v) {
    List<Maintainer> out = new ArrayList<>();
    for (Map<?, ?> m : objects(v, "maintainers", "[]*chart.Maintainer")) {
      out.add(
          m == null
              ? null
              : new Maintainer(
                  string(field(m, "name"), "maintainers.name"),
                  string(field(m, "email"), "maintainers.email"),
                  string(field(m, "url"), "maintainers.url")));
    }
    return out;
  }

  private List<Dependency> dependencies(Object v) {
    List<Dependency> out = new ArrayList<>();
    for (Map<?, ?> d : objects(v, "dependencies", "[]*chart.Dependency")) {
      out.add(d == null ? null : dependency(d));
    }
    return out;
  }

  private Dependency dependency(Map<?, ?> d) {
    Object imports = field(d, "import-values");
    if (imports != null && !(imports instanceof List)) {
      throw typeError(imports, "dependencies.import-values", "[]interface {}");
    }
    @SuppressWarnings("unchecked")
    List<Object> importValues = imports == null ? List.of() : (List<Object>) imports;
    return new Dependency(
        string(field(d, "name"), "dependencies.name"),
        string(field(d, "version"), "dependencies.version"),
        string(field(d, "repository"), "dependencies.repository"),
        string(field(d, "condition"), "dependencies.condition"),
        strings(field(d, "tags"), "dependencies.tags"),
        bool(field(d, "enabled"), "dependencies.enabled"),
        importValues,
        string(field(d, "alias"), "dependencies.alias"));
  }

  private List<Map<?, ?>> objects(Object v, String path, String goType) {
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw typeError(v, path, goType);
    }
    List<Map<?, ?>> out = new ArrayList<>();
    for (Object item : list) {
      if (item != null && !(item instanceof Map)) {
        throw typeError(item, path, goType.substring(2));
      }
      out.add((Map<?, ?>) item);
    }
    return out;
  }

  private ChartLoadException typeError(Object value, String path, String goType) {
    String target =
        path.isEmpty()
            ? "Go value of type " + goType
            : "Go struct field Metadata." + path + " of type " + goType;
    return new ChartLoadException(
        "cannot load "
            + file
            + ": error unmarshaling JSON: while decoding"
            + " JSON: json: cannot unmarshal "
            + GoYaml.jsonType(value)
            + " into "
            + target);
  }
}
