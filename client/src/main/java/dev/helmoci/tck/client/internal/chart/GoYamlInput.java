package dev.helmoci.tck.client.internal.chart;

/**
 * The checks go-yaml v2's reader makes on the bytes before any parsing (readerc.go), with its
 * words: UTF-8 well-formedness and YAML's allowed character set. SnakeYAML would decode invalid
 * bytes as U+FFFD and carry on, so a chart helm refuses would load.
 */
public final class GoYamlInput {
  private GoYamlInput() {}

  /** Throws {@code IllegalArgumentException("yaml: <problem>")} where go-yaml's reader stops. */
  static void check(byte[] data) {
    int i = 0;
    while (i < data.length) {
      int b = data[i] & 0xff;
      int width =
          (b & 0x80) == 0
              ? 1
              : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
      if (width == 0) {
        throw problem("invalid leading UTF-8 octet");
      }
      if (i + width > data.length) {
        throw problem("incomplete UTF-8 octet sequence");
      }
      int value = width == 1 ? b : b & (0xFF >> (width + 1));
      for (int k = 1; k < width; k++) {
        int next = data[i + k] & 0xff;
        if ((next & 0xC0) != 0x80) {
          throw problem("invalid trailing UTF-8 octet");
        }
        value = (value << 6) + (next & 0x3F);
      }
      if ((width == 2 && value < 0x80)
          || (width == 3 && value < 0x800)
          || (width == 4 && value < 0x10000)) {
        throw problem("invalid length of a UTF-8 sequence");
      }
      if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
        throw problem("invalid Unicode character");
      }
      boolean allowed =
          value == 0x09
              || value == 0x0A
              || value == 0x0D
              || (value >= 0x20 && value <= 0x7E)
              || value == 0x85
              || (value >= 0xA0 && value <= 0xD7FF)
              || (value >= 0xE000 && value <= 0xFFFD)
              || value >= 0x10000;
      // The reader lets a leading BOM through (it is stripped before the stream starts).
      if (!allowed && !(value == 0xFEFF && i == 0)) {
        throw problem("control characters are not allowed");
      }
      i += width;
    }
  }

  private static IllegalArgumentException problem(String what) {
    return new IllegalArgumentException("error converting YAML to JSON: yaml: " + what);
  }
}
