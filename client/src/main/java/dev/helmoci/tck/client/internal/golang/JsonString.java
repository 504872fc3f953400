package dev.helmoci.tck.client.internal.golang;

/**
 * A string as Go's {@code encoding/json} writes it: HTML-safe ({@code < > &} escaped),
 * U+2028/U+2029 escaped, control characters as {@code \\uXXXX}, a lone surrogate (invalid UTF-8 in
 * Go) as {@code \\ufffd} (Go {@code src/encoding/json/encode.go}, {@code appendString}). Checked by
 * {@code GoVectorsIT}.
 */
public final class JsonString {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonString() {}

  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    append(s, out);
    return out.toString();
  }

  /** Appends {@code s} quoted, for writers that build a whole document. */
  public static void append(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c, out);
        default -> {
          if (c < 0x20) {
            unicodeEscape(c, out);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append("\\ufffd");
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void unicodeEscape(char c, StringBuilder out) {
    out.append("\\u")
        .append(HEX[c >> 12 & 0xf])
        .append(HEX[c >> 8 & 0xf])
        .append(HEX[c >> 4 & 0xf])
        .append(HEX[c & 0xf]);
  }
}
