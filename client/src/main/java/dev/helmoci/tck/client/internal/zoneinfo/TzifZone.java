package dev.helmoci.tck.client.internal.zoneinfo;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * One TZif file (RFC 8536) read as Go's {@code LoadLocationFromTZData} reads it: the 64-bit data of
 * a version 2+ file, the footer rule for instants after the last transition, and Go's choice of
 * zone before the first one ({@code lookupFirstZone}).
 */
public final class TzifZone {
  private final long[] transitions;
  private final int[] transitionTypes;
  private final int[] offsets;
  private final boolean[] dst;
  private final PosixTzRule footer;

  private TzifZone(
      long[] transitions, int[] transitionTypes, int[] offsets, boolean[] dst, PosixTzRule footer) {
    this.transitions = transitions;
    this.transitionTypes = transitionTypes;
    this.offsets = offsets;
    this.dst = dst;
    this.footer = footer;
  }

  /** Empty when the data is not TZif (Go then falls back as if the file were missing). */
  static Optional<TzifZone> parse(byte[] data) {
    try {
      ByteBuffer in = ByteBuffer.wrap(data);
      if (data.length < 44 || in.getInt(0) != 0x545A6966) { // "TZif"
        return Optional.empty();
      }
      int version = data[4];
      int[] counts = counts(in, 0);
      int start = 0;
      int timeSize = 4;
      if (version >= '2') {
        start =
            44 + counts[3] * 5 + counts[4] * 6 + counts[5] + counts[2] * 8 + counts[1] + counts[0];
        counts = counts(in, start);
        timeSize = 8;
      }
      int p = start + 44;
      int timecnt = counts[3];
      int typecnt = counts[4];
      long[] when = new long[timecnt];
      for (int i = 0; i < timecnt; i++, p += timeSize) {
        when[i] = timeSize == 8 ? in.getLong(p) : in.getInt(p);
      }
      int[] types = new int[timecnt];
      for (int i = 0; i < timecnt; i++) {
        types[i] = data[p++] & 0xff;
      }
      int[] offsets = new int[typecnt];
      boolean[] dst = new boolean[typecnt];
      for (int i = 0; i < typecnt; i++, p += 6) {
        offsets[i] = in.getInt(p);
        dst[i] = data[p + 4] != 0;
      }
      p += counts[5] + counts[2] * (timeSize + 4) + counts[1] + counts[0];
      PosixTzRule footer = null;
      if (version >= '2' && p < data.length && data[p] == '\n') {
        int end = p + 1;
        while (end < data.length && data[end] != '\n') {
          end++;
        }
        footer =
            PosixTzRule.parse(
                    new String(
                        data, p + 1, end - p - 1, java.nio.charset.StandardCharsets.US_ASCII))
                .orElse(null);
      }
      return typecnt == 0
          ? Optional.empty()
          : Optional.of(new TzifZone(when, types, offsets, dst, footer));
    } catch (IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
  private static int[] counts(ByteBuffer in, int header) {
    int[] c = new int[6];
    for (int i = 0; i < 6; i++) {
      c[i] = in.getInt(header + 20 + 4 * i);
    }
    return c;
  }

  int offsetAt(long epochSecond) {
    if (transitions.length == 0
        && footer != null) { // Go adds one transition at the dawn of time: the footer's
      return footer.offsetAt(epochSecond);
    }
    if (transitions.length == 0 || epochSecond < transitions[0]) {
      return offsets[firstZone()];
    }
    int lo = 0;
    int hi = transitions.length;
    while (hi - lo > 1) {
      int m = (lo + hi) >>> 1;
      if (epochSecond < transitions[m]) {
        hi = m;
      } else {
        lo = m;
      }
    }
    if (lo == transitions.length - 1 && footer != null) {
      return footer.offsetAt(epochSecond);
    }
    return offsets[transitionTypes[lo]];
  }

  // zoneinfo.go lookupFirstZone: an unused zone 0; else the nearest standard zone before a DST
  // first
  // transition; else the first standard zone; else zone 0.
  private int firstZone() {
    boolean used = false;
    for (int t : transitionTypes) {
      used |= t == 0;
    }
    if (!used) {
      return 0;
    }
    if (transitionTypes.length > 0 && dst[transitionTypes[0]]) {
      for (int z = transitionTypes[0] - 1; z >= 0; z--) {
        if (!dst[z]) {
          return z;
        }
      }
    }
    for (int z = 0; z < offsets.length; z++) {
      if (!dst[z]) {
        return z;
      }
    }
    return 0;
  }
}
