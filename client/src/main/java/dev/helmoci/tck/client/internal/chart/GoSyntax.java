package dev.helmoci.tck.client.internal.chart;

import dev.helmoci.tck.client.internal.golang.Strconv;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Go's {@code %#v} of a decoded YAML value, for go-yaml's "invalid map key: %#v": {@code
 * []interface {}{...}}, {@code map[interface {}]interface {}{k:v}} with keys sorted as fmt sorts
 * them, quoted strings.
 */
public final class GoSyntax {
  private GoSyntax() {}

  static String of(Object value) {
    if (value instanceof List<?> list) {
      return list.stream()
          .map(GoSyntax::of)
          .collect(Collectors.joining(", ", "[]interface {}{", "}"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .sorted((a, b) -> compare(a.getKey(), b.getKey()))
          .map(e -> of(e.getKey()) + ":" + of(e.getValue()))
          .collect(Collectors.joining(", ", "map[interface {}]interface {}{", "}"));
    }
    if (value == null) {
      return "interface {}(nil)";
    }
    if (value instanceof String s) {
      return Strconv.quote(s);
    }
    if (value instanceof Double d) {
      return GoYaml.goFloat(d);
    }
    return value.toString();
  }

  // fmtsort: values of different types order by type; strings and numbers by value.
  private static int compare(Object a, Object b) {
    if (a instanceof String x && b instanceof String y) {
      return GoStringOrder.INSTANCE.compare(x, y);
    }
    if (a instanceof Number x && b instanceof Number y) {
      return new java.math.BigDecimal(x.toString())
          .compareTo(new java.math.BigDecimal(y.toString()));
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }
}
