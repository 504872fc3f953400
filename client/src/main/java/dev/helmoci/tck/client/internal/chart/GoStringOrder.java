package dev.helmoci.tck.client.internal.chart;

import java.util.Comparator;

/**
 * Go's {@code <} on strings, which compares UTF-8 bytes: the order {@code encoding/json} writes map
 * keys in. It is code point order, and differs from {@link String#compareTo} (UTF-16 units) when a
 * character outside the BMP meets one in U+E000–U+FFFF: {@code 😀} (U+1F600) sorts after {@code ～}
 * (U+FF5E) in Go.
 */
public final class GoStringOrder implements Comparator<String> {
  public static final GoStringOrder INSTANCE = new GoStringOrder();

  private GoStringOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
