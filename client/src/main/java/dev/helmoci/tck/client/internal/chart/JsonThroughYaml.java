package dev.helmoci.tck.client.internal.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first half of sigs.k8s.io/yaml's {@code JSONToYAML}: go-yaml v2 reads the JSON that {@code
 * json.Marshal} wrote. Go's JSON escapes C0 controls and U+2028/U+2029 but writes DEL, C1 controls
 * and U+FFFE/U+FFFF raw, which go-yaml's reader refuses ({@code yaml: control characters are not
 * allowed}, readerc.go), and a raw NEL is a line break inside the quoted scalar, folded as YAML
 * folds lines.
 */
public final class JsonThroughYaml {
  static final String CONTROL_CHARACTERS = "yaml: control characters are not allowed";

  private JsonThroughYaml() {}

  static Object read(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            String key = String.valueOf(k);
            if (key.indexOf(0x85) >= 0) { // a key of a flow mapping cannot span lines
              throw new IllegalArgumentException("yaml: line 1: did not find expected ',' or '}'");
            }
            out.put(string(key), read(v));
          });
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(item -> out.add(read(item)));
      return out;
    }
    return value instanceof String s ? string(s) : value;
  }

  private static String string(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85) || c == 0xFFFE || c == 0xFFFF) {
        throw new IllegalArgumentException(CONTROL_CHARACTERS);
      }
      if (c != 0x85) {
        out.appendCodePoint(c);
        continue;
      }
      // Flow folding: blanks around the breaks go; one break is a space, n breaks are n-1 newlines.
      while (out.length() > 0
          && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
        out.setLength(out.length() - 1);
      }
      int breaks = 0;
      while (i < cps.length && (cps[i] == 0x85 || cps[i] == ' ' || cps[i] == '\t')) {
        breaks += cps[i] == 0x85 ? 1 : 0;
        i++;
      }
      i--;
      out.append(breaks == 1 ? " " : "\n".repeat(breaks - 1));
    }
    return out.toString();
  }
}
