package dev.helmoci.tck.client.internal.chart;

import dev.helmoci.tck.client.internal.golang.Unicode;

/** Helm's {@code sanitizeString} and Go's {@code strings.TrimSpace}, on Go's Unicode predicates. */
public final class GoText {
  private GoText() {}

  /** Helm's {@code sanitizeString}: whitespace becomes a space, non-printables are dropped. */
  public static String sanitize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (Unicode.isSpace(cp)) {
                out.append(' ');
              } else if (Unicode.isPrint(cp)) {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /** Go's {@code strings.TrimSpace}. */
  public static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && Unicode.isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && Unicode.isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }
}
