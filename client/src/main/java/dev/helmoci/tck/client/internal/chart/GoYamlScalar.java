package dev.helmoci.tck.client.internal.chart;

/**
 * What go-yaml v2's emitter learns from a scalar's characters before it picks a style ({@code
 * yaml_emitter_analyze_scalar}, emitterc.go): which of plain, single-quoted and literal are still
 * allowed, and whether the text spans lines. The character classes are the emitter's byte-level
 * ones: tabs, C1 controls and every character outside the BMP are "special", so such a string is
 * always double-quoted with escapes.
 */
public record GoYamlScalar(
    boolean multiline, boolean plainAllowed, boolean singleQuotedAllowed, boolean blockAllowed) {

  static GoYamlScalar analyze(int[] cps) {
    if (cps.length == 0) {
      return new GoYamlScalar(false, true, true, false);
    }
    boolean indicators = startsWithMarker(cps, '-') || startsWithMarker(cps, '.');
    boolean lineBreaks = false;
    boolean special = false;
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;
    boolean previousSpace = false;
    boolean previousBreak = false;
    boolean precededByWhitespace = true;
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      boolean followedByWhitespace = i + 1 >= cps.length || isBlank(cps[i + 1]);
      if (i == 0) {
        switch (c) {
          case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' ->
              indicators = true;
          case '?', ':', '-' -> indicators |= followedByWhitespace;
          default -> {}
        }
      } else if ((c == ':' && followedByWhitespace) || (c == '#' && precededByWhitespace)) {
        indicators = true;
      }
      if (!isPrintable(c)) {
        special = true;
      }
      if (c == ' ') {
        leadingSpace |= i == 0;
        trailingSpace |= i == cps.length - 1;
        breakSpace |= previousBreak;
        previousSpace = true;
        previousBreak = false;
      } else if (isBreak(c)) {
        lineBreaks = true;
        leadingBreak |= i == 0;
        trailingBreak |= i == cps.length - 1;
        spaceBreak |= previousSpace;
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      precededByWhitespace = isBlank(c) || isBreak(c) || c == 0;
    }
    boolean plain =
        !(leadingSpace
            || leadingBreak
            || trailingSpace
            || trailingBreak
            || breakSpace
            || spaceBreak
            || special
            || lineBreaks
            || indicators);
    boolean single = !(breakSpace || spaceBreak || special);
    boolean block = !(trailingSpace || spaceBreak || special);
    return new GoYamlScalar(lineBreaks, plain, single, block);
  }

  private static boolean startsWithMarker(int[] cps, int c) {
    return cps.length >= 3 && cps[0] == c && cps[1] == c && cps[2] == c;
  }

  /**
   * The emitter's printable set: LF, ASCII graphics and space, and the BMP minus surrogates and
   * BOM.
   */
  static boolean isPrintable(int c) {
    return c == 0x0A
        || (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  static boolean isBreak(int c) {
    return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  static boolean isBlank(int c) {
    return c == ' ' || c == '\t';
  }
}
