package dev.helmoci.tck.client.internal.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helmoci.tck.client.internal.golang.JsonString;
import java.util.Iterator;
import java.util.Map;

/**
 * Renders JSON like Go's {@code json.MarshalIndent(v, "", "\t")}: tab indentation, {@code ": "}
 * after keys, HTML-safe escaping, no trailing newline. Key order is the node's own; callers sort
 * where Go would (maps).
 */
public final class GoJsonIndent {
  private GoJsonIndent() {}

  static String render(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out, 0);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out, int depth) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        indent(out, depth + 1);
        string(field.getKey(), out);
        out.append(": ");
        write(field.getValue(), out, depth + 1);
        out.append(fields.hasNext() ? ",\n" : "\n");
      }
      indent(out, depth);
      out.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        indent(out, depth + 1);
        write(node.get(i), out, depth + 1);
        out.append(i + 1 < node.size() ? ",\n" : "\n");
      }
      indent(out, depth);
      out.append(']');
    } else if (node.isTextual()) {
      string(node.asText(), out);
    } else {
      out.append(node.toString());
    }
  }

  private static void indent(StringBuilder out, int depth) {
    out.append("\t".repeat(depth));
  }

  private static void string(String s, StringBuilder out) {
    out.append(JsonString.quote(s));
  }
}
