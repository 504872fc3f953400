package dev.helmoci.tck.client.internal.chart;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * sigs.k8s.io/yaml's YAML-to-JSON step for Chart.yaml: a number becomes text only where the Go
 * field it lands in is a string ({@code convertToJSONableObject}); anywhere else it stays a
 * float64, and a non-finite one (.inf, -.inf, .nan) makes {@code json.Marshal} fail: {@code json:
 * unsupported value: +Inf}. Seen from helm 3.22.0 and 4.3.1 for an unknown key and for
 * import-values.
 */
public final class JsonTargets {
  private static final Set<String> METADATA_STRINGS =
      Set.of(
          "name",
          "home",
          "version",
          "description",
          "icon",
          "apiversion",
          "condition",
          "tags",
          "appversion",
          "kubeversion",
          "type");
  private static final Set<String> METADATA_STRING_LISTS = Set.of("sources", "keywords");
  private static final Set<String> MAINTAINER_STRINGS = Set.of("name", "email", "url");
  private static final Set<String> DEPENDENCY_STRINGS =
      Set.of("name", "version", "repository", "condition", "alias");

  private JsonTargets() {}

  /** Throws with Go's text for the first non-finite number not bound to a string field. */
  static void check(Map<?, ?> metadata) {
    metadata.forEach(
        (k, v) -> {
          String key = String.valueOf(k).toLowerCase(Locale.ROOT);
          if (METADATA_STRINGS.contains(key)) {
            scalar(v);
          } else if (METADATA_STRING_LISTS.contains(key)) {
            strings(v);
          } else if (key.equals("annotations") && v instanceof Map<?, ?> m) {
            m.values().forEach(JsonTargets::scalar);
          } else if (key.equals("maintainers") && v instanceof List<?> l) {
            l.forEach(item -> object(item, MAINTAINER_STRINGS, false));
          } else if (key.equals("dependencies") && v instanceof List<?> l) {
            l.forEach(item -> object(item, DEPENDENCY_STRINGS, true));
          } else {
            untyped(v);
          }
        });
  }

  private static void object(Object item, Set<String> stringFields, boolean dependency) {
    if (!(item instanceof Map<?, ?> m)) {
      untyped(item);
      return;
    }
    m.forEach(
        (k, v) -> {
          String key = String.valueOf(k).toLowerCase(Locale.ROOT);
          if (stringFields.contains(key)) {
            scalar(v);
          } else if (dependency && key.equals("tags")) {
            strings(v);
          } else {
            untyped(v);
          }
        });
  }

  private static void strings(Object v) {
    if (v instanceof List<?> l) {
      l.forEach(JsonTargets::scalar);
    } else {
      untyped(v);
    }
  }

  // A string target turns any number into text; lists and maps there fail later with a type error.
  private static void scalar(Object v) {
    if (v instanceof List || v instanceof Map) {
      untyped(v);
    }
  }

  private static void untyped(Object v) {
    if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
      throw new IllegalArgumentException(
          "error converting YAML to JSON: json: unsupported value: "
              + (d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf"));
    } else if (v instanceof List<?> l) {
      l.forEach(JsonTargets::untyped);
    } else if (v instanceof Map<?, ?> m) {
      m.values().forEach(JsonTargets::untyped);
    }
  }
}
