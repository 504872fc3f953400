package dev.helmoci.tck.client.internal.chart;

import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * {@code yaml.Marshal} of go-yaml v2 (go.yaml.in/yaml/v2 v2.4.4, which sigs.k8s.io/yaml v1.6.0 uses
 * in Helm 3.22 and 4.3) for the JSON-shaped trees Helm marshals: maps (keys in {@link
 * GoYamlKeyOrder}), lists, strings, booleans and numbers. It follows the emitter's rules as written
 * in emitterc.go: indentation 2 with sequences not indented under a mapping key, a string holding
 * {@code \n} as a literal block ({@code |}, {@code |-}, {@code |+}), strings that would read back
 * as another type double-quoted, the plain/single/double fallbacks of {@code
 * yaml_emitter_select_scalar_style}, and folding of plain and quoted scalars past column 80.
 */
public final class GoYamlEmitter {
  private static final int INDENT = 2;
  private static final int WIDTH = 80;

  private enum Style {
    PLAIN,
    SINGLE,
    DOUBLE,
    LITERAL
  }

  private final StringBuilder out = new StringBuilder();
  private final Deque<Integer> indents = new ArrayDeque<>();
  private int indent = -1;
  private int column;
  private boolean whitespace = true;
  private boolean indention = true;

  private GoYamlEmitter() {}

  /**
   * {@code sigs.k8s.io/yaml.Marshal} of a value already in JSON shape: the JSON is read back by
   * go-yaml first ({@link JsonThroughYaml}), then emitted. Fails as Go does on characters YAML may
   * not carry.
   */
  public static String marshalJson(Object tree) {
    return marshal(JsonThroughYaml.read(tree));
  }

  /** The YAML document go-yaml v2 writes for {@code tree}, ending with a newline. */
  public static String marshal(Object tree) {
    GoYamlEmitter e = new GoYamlEmitter();
    e.node(tree, false, false);
    e.writeIndent(); // the document end; yaml.v2's encoder clears open_ended, so no "..." follows
    return e.out.toString();
  }

  private void node(Object value, boolean mappingContext, boolean simpleKey) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        indicator("{", true, true, false);
        indicator("}", false, false, false);
      } else {
        mapping(map);
      }
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        indicator("[", true, true, false);
        indicator("]", false, false, false);
      } else {
        sequence(list, mappingContext);
      }
    } else if (value instanceof String s) {
      Style wanted =
          s.contains("\n")
              ? Style.LITERAL
              : GoYamlResolver.plainIsString(s) ? Style.PLAIN : Style.DOUBLE;
      scalar(s, wanted, simpleKey);
    } else if (value instanceof Double d) {
      String text = GoYaml.goFloat(d);
      scalar(
          text.equals("+Inf")
              ? ".inf"
              : text.equals("-Inf") ? "-.inf" : text.equals("NaN") ? ".nan" : text,
          Style.PLAIN,
          simpleKey);
    } else {
      scalar(value == null ? "null" : value.toString(), Style.PLAIN, simpleKey);
    }
  }

  private void mapping(Map<?, ?> map) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>();
    map.forEach((k, v) -> entries.add(new AbstractMap.SimpleEntry<>(String.valueOf(k), v)));
    entries.sort(Map.Entry.comparingByKey(GoYamlKeyOrder.INSTANCE));
    increaseIndent(false, false);
    for (Map.Entry<String, Object> e : entries) {
      writeIndent();
      String key = e.getKey();
      int[] cps = key.codePoints().toArray();
      boolean simple =
          !GoYamlScalar.analyze(cps).multiline()
              && key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 128;
      if (simple) {
        node(key, true, true);
        indicator(":", false, false, false);
      } else {
        indicator("?", true, false, true);
        node(key, true, false);
        writeIndent();
        indicator(":", true, false, true);
      }
      node(e.getValue(), true, false);
    }
    popIndent();
  }

  private void sequence(List<?> list, boolean mappingContext) {
    increaseIndent(false, mappingContext && !indention);
    for (Object item : list) {
      writeIndent();
      indicator("-", true, false, true);
      node(item, false, false);
    }
    popIndent();
  }

  private void scalar(String s, Style wanted, boolean simpleKey) {
    int[] cps = s.codePoints().toArray();
    GoYamlScalar a = GoYamlScalar.analyze(cps);
    Style style = simpleKey && a.multiline() ? Style.DOUBLE : wanted;
    if (style == Style.PLAIN && (!a.plainAllowed() || (cps.length == 0 && simpleKey))) {
      style = Style.SINGLE;
    }
    if (style == Style.SINGLE && !a.singleQuotedAllowed()) {
      style = Style.DOUBLE;
    }
    if (style == Style.LITERAL && (!a.blockAllowed() || simpleKey)) {
      style = Style.DOUBLE;
    }
    increaseIndent(true, false);
    GoYamlScalarWriter writer = new GoYamlScalarWriter(this);
    switch (style) {
      case PLAIN -> writer.plain(cps, !simpleKey);
      case SINGLE -> writer.singleQuoted(cps, !simpleKey);
      case DOUBLE -> writer.doubleQuoted(cps, !simpleKey);
      default -> writer.literal(cps);
    }
    popIndent();
  }

  private void increaseIndent(boolean flow, boolean indentless) {
    indents.push(indent);
    if (indent < 0) {
      indent = flow ? INDENT : 0;
    } else if (!indentless) {
      indent += INDENT;
    }
  }

  private void popIndent() {
    indent = indents.pop();
  }

  // The primitives the scalar writer shares with the structure above (emitterc.go names in
  // brackets).

  /** [put] one ASCII character. */
  void put(char c) {
    out.append(c);
    column++;
  }

  /** [write] one character of the value. */
  void write(int cp) {
    out.appendCodePoint(cp);
    column++;
  }

  /** [put_break] */
  void putBreak() {
    out.append('\n');
    column = 0;
  }

  /** [write_break] a line break of the value: LF as the emitter's break, others as themselves. */
  void writeBreak(int cp) {
    if (cp == '\n') {
      putBreak();
    } else {
      out.appendCodePoint(cp);
      column = 0;
    }
  }

  /** [yaml_emitter_write_indent] */
  void writeIndent() {
    int target = Math.max(indent, 0);
    if (!indention || column > target || (column == target && !whitespace)) {
      putBreak();
    }
    while (column < target) {
      put(' ');
    }
    whitespace = true;
    indention = true;
  }

  /** [yaml_emitter_write_indicator] */
  void indicator(String text, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
    if (needWhitespace && !whitespace) {
      put(' ');
    }
    text.codePoints().forEach(this::write);
    whitespace = isWhitespace;
    indention = indention && isIndention;
  }

  boolean whitespace() {
    return whitespace;
  }

  void whitespace(boolean value) {
    whitespace = value;
  }

  void indention(boolean value) {
    indention = value;
  }

  boolean pastWidth() {
    return column > WIDTH;
  }

  int indentWidth() {
    return INDENT;
  }
}
