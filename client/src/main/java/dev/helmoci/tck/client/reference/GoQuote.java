package dev.helmoci.tck.client.reference;

/** Go's {@code %q} for strings ({@code strconv.Quote}), so error messages match Helm's. */
public final class GoQuote {
  private GoQuote() {}

  /** Double-quotes {@code s} with Go escapes; printable Unicode is kept as is. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> appendEscaped(out, cp));
    return out.append('"').toString();
  }

  private static void appendEscaped(StringBuilder out, int cp) {
    switch (cp) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 0x07 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case 0x0b -> out.append("\\v");
      default -> {
        if (cp < 0x20 || cp == 0x7f) {
          out.append(String.format("\\x%02x", cp));
        } else if (isGoPrintable(cp)) {
          out.appendCodePoint(cp);
        } else if (cp < 0x10000) {
          out.append(String.format("\\u%04x", cp));
        } else {
          out.append(String.format("\\U%08x", cp));
        }
      }
    }
  }

  private static boolean isGoPrintable(int cp) {
    int type = Character.getType(cp);
    return cp == ' ' || !(Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE || type == Character.SURROGATE);
  }
}
