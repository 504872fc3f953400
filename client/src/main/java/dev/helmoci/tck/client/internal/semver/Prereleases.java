package dev.helmoci.tck.client.internal.semver;

import java.math.BigInteger;

/** Masterminds's prerelease ordering ({@code comparePrerelease}, {@code comparePrePart}). */
public final class Prereleases {
  private static final BigInteger MAX_UINT64 =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private Prereleases() {}

  public static int compare(String v, String o) {
    String[] sparts = v.split("\\.", -1);
    String[] oparts = o.split("\\.", -1);
    int length = Math.max(sparts.length, oparts.length);
    for (int i = 0; i < length; i++) {
      String s = i < sparts.length ? sparts[i] : "";
      String t = i < oparts.length ? oparts[i] : "";
      int d = comparePart(s, t);
      if (d != 0) {
        return d;
      }
    }
    return 0;
  }

  private static int comparePart(String s, String o) {
    if (s.equals(o)) {
      return 0;
    }
    if (s.isEmpty()) {
      return -1;
    }
    if (o.isEmpty()) {
      return 1;
    }
    BigInteger oi = asUint64(o);
    BigInteger si = asUint64(s);
    if (oi == null && si == null) {
      return s.compareTo(o) > 0 ? 1 : -1;
    } else if (oi == null) {
      return -1;
    } else if (si == null) {
      return 1;
    }
    return si.compareTo(oi) > 0 ? 1 : -1;
  }

  // strconv.ParseUint(x, 10, 64): digits only, in range; else "not a number".
  private static BigInteger asUint64(String s) {
    if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    BigInteger value = new BigInteger(s);
    return value.compareTo(MAX_UINT64) > 0 ? null : value;
  }
}
