package dev.helmoci.tck.client.internal.golang;

/**
 * Go's {@code strconv.Quote}, which is also what {@code fmt}'s {@code %q} prints for a string, so
 * the kit's messages quote values exactly as Helm's do (Go {@code src/strconv/quote.go}, {@code
 * appendQuotedWith}). Checked against real Go by {@code GoVectorsIT}.
 */
public final class Strconv {
  private Strconv() {}

  /**
   * Double quotes, with {@code \"} and {@code \\}; printable runes ({@code unicode.IsPrint}, with
   * Go's tables) kept; {@code \a \b \f \n \r \t \v}; other controls as {@code \xHH}; every other
   * rune, zero-width and format characters included, as {@code \\uHHHH} or {@code \\UHHHHHHHH}. A
   * lone surrogate, which Go could not hold in a string, is written as Go writes an invalid rune:
   * {@code \\ufffd}.
   */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> appendEscaped(out, cp));
    return out.append('"').toString();
  }

  private static void appendEscaped(StringBuilder out, int cp) {
    switch (cp) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case 0x07 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 0x0b -> out.append("\\v");
      default -> {
        if (cp < ' ' || cp == 0x7f) {
          out.append(String.format("\\x%02x", cp));
        } else if (Character.isSurrogate((char) cp) && cp < 0x10000) {
          out.append("\\ufffd");
        } else if (Unicode.isPrint(cp)) {
          out.appendCodePoint(cp);
        } else if (cp < 0x10000) {
          out.append(String.format("\\u%04x", cp));
        } else {
          out.append(String.format("\\U%08x", cp));
        }
      }
    }
  }
}
