package dev.helmoci.tck.client.internal.chart;

/**
 * Writes one scalar in the style {@link GoYamlEmitter} chose, with go-yaml v2's rules (emitterc.go
 * {@code yaml_emitter_write_*_scalar}): a space past column 80 becomes a line break (plain, single-
 * and double-quoted, not in keys), double quotes escape non-printables with backslash-x, -u and -U
 * escapes in upper-case hex, and a literal block carries an indentation hint when it starts with a
 * space or break and {@code -}/{@code +} chomping.
 */
public final class GoYamlScalarWriter {
  private final GoYamlEmitter e;

  GoYamlScalarWriter(GoYamlEmitter emitter) {
    this.e = emitter;
  }

  void plain(int[] v, boolean allowBreaks) {
    if (!e.whitespace()) {
      e.put(' ');
    }
    boolean spaces = false;
    for (int i = 0; i < v.length; i++) {
      if (v[i] == ' ') {
        if (allowBreaks && !spaces && e.pastWidth() && i + 1 < v.length && v[i + 1] != ' ') {
          e.writeIndent();
        } else {
          e.write(v[i]);
        }
        spaces = true;
      } else {
        e.write(v[i]);
        e.indention(false);
        spaces = false;
      }
    }
    e.whitespace(false);
    e.indention(false);
  }

  void singleQuoted(int[] v, boolean allowBreaks) {
    e.indicator("'", true, false, false);
    boolean spaces = false;
    boolean breaks = false;
    for (int i = 0; i < v.length; i++) {
      int c = v[i];
      if (c == ' ') {
        if (allowBreaks
            && !spaces
            && e.pastWidth()
            && i > 0
            && i < v.length - 1
            && v[i + 1] != ' ') {
          e.writeIndent();
        } else {
          e.write(c);
        }
        spaces = true;
      } else if (GoYamlScalar.isBreak(c)) {
        if (!breaks && c == '\n') {
          e.putBreak();
        }
        e.writeBreak(c);
        e.indention(true);
        breaks = true;
      } else {
        if (breaks) {
          e.writeIndent();
        }
        if (c == '\'') {
          e.put('\'');
        }
        e.write(c);
        e.indention(false);
        spaces = false;
        breaks = false;
      }
    }
    e.indicator("'", false, false, false);
    e.whitespace(false);
    e.indention(false);
  }

  void doubleQuoted(int[] v, boolean allowBreaks) {
    e.indicator("\"", true, false, false);
    boolean bom = v.length > 0 && v[0] == 0xFEFF; // the emitter tests the value's start, not i
    boolean spaces = false;
    for (int i = 0; i < v.length; i++) {
      int c = v[i];
      if (!GoYamlScalar.isPrintable(c) || bom || GoYamlScalar.isBreak(c) || c == '"' || c == '\\') {
        escape(c);
        spaces = false;
      } else if (c == ' ') {
        if (allowBreaks && !spaces && e.pastWidth() && i > 0 && i < v.length - 1) {
          e.writeIndent();
          if (v[i + 1] == ' ') {
            e.put('\\');
          }
        } else {
          e.write(c);
        }
        spaces = true;
      } else {
        e.write(c);
        spaces = false;
      }
    }
    e.indicator("\"", false, false, false);
    e.whitespace(false);
    e.indention(false);
  }

  private void escape(int c) {
    e.put('\\');
    String named =
        switch (c) {
          case 0x00 -> "0";
          case 0x07 -> "a";
          case 0x08 -> "b";
          case 0x09 -> "t";
          case 0x0A -> "n";
          case 0x0B -> "v";
          case 0x0C -> "f";
          case 0x0D -> "r";
          case 0x1B -> "e";
          case '"' -> "\"";
          case '\\' -> "\\";
          case 0x85 -> "N";
          case 0xA0 -> "_";
          case 0x2028 -> "L";
          case 0x2029 -> "P";
          default -> null;
        };
    if (named == null) {
      int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
      String hex = String.format("%0" + digits + "X", c);
      named = (digits == 2 ? "x" : digits == 4 ? "u" : "U") + hex;
    }
    named.chars().forEach(ch -> e.put((char) ch));
  }

  void literal(int[] v) {
    e.indicator("|", true, false, false);
    if (v[0] == ' ' || GoYamlScalar.isBreak(v[0])) {
      e.indicator(Integer.toString(e.indentWidth()), false, false, false);
    }
    int last = v.length - 1;
    if (!GoYamlScalar.isBreak(v[last])) {
      e.indicator("-", false, false, false);
    } else if (last == 0 || GoYamlScalar.isBreak(v[last - 1])) {
      e.indicator("+", false, false, false);
    }
    e.putBreak();
    e.indention(true);
    e.whitespace(true);
    boolean breaks = true;
    for (int c : v) {
      if (GoYamlScalar.isBreak(c)) {
        e.writeBreak(c);
        e.indention(true);
        breaks = true;
      } else {
        if (breaks) {
          e.writeIndent();
        }
        e.write(c);
        e.indention(false);
        breaks = false;
      }
    }
  }
}
