package dev.helmoci.tck.client.internal.chart;

import dev.helmoci.tck.client.internal.golang.Unicode;
import java.util.Comparator;

/**
 * The order go-yaml v2 writes string map keys in ({@code keyList.Less}, sorter.go): rune by rune,
 * letters after everything else, and runs of digits compared as numbers, so {@code a2} sorts before
 * {@code a10} and {@code a-b} before {@code ab}. It is not byte order and not UTF-16 order. Letters
 * and digits are Go's {@code unicode.IsLetter}/{@code IsDigit} at Go's Unicode version ({@link
 * Unicode}).
 */
public final class GoYamlKeyOrder implements Comparator<String> {
  static final GoYamlKeyOrder INSTANCE = new GoYamlKeyOrder();

  private GoYamlKeyOrder() {}

  @Override
  public int compare(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    return less(a, b) ? -1 : less(b, a) ? 1 : 0;
  }

  private static boolean less(String as, String bs) {
    int[] a = as.codePoints().toArray();
    int[] b = bs.codePoints().toArray();
    for (int i = 0; i < a.length && i < b.length; i++) {
      if (a[i] == b[i]) {
        continue;
      }
      boolean al = Unicode.isLetter(a[i]);
      boolean bl = Unicode.isLetter(b[i]);
      if (al && bl) {
        return a[i] < b[i];
      }
      if (al || bl) {
        return bl;
      }
      long an = 0;
      long bn = 0;
      if (a[i] == '0' || b[i] == '0') {
        // A zero inside a longer number is not a leading zero: both sides then count from 1.
        for (int j = i - 1; j >= 0 && Unicode.isDigit(a[j]); j--) {
          if (a[j] != '0') {
            an = 1;
            bn = 1;
            break;
          }
        }
      }
      int ai = i;
      for (; ai < a.length && Unicode.isDigit(a[ai]); ai++) {
        an = an * 10 + (a[ai] - '0');
      }
      int bi = i;
      for (; bi < b.length && Unicode.isDigit(b[bi]); bi++) {
        bn = bn * 10 + (b[bi] - '0');
      }
      if (an != bn) {
        return an < bn;
      }
      if (ai != bi) {
        return ai < bi;
      }
      return a[i] < b[i];
    }
    return a.length < b.length;
  }
}
