package dev.helmoci.tck.client.internal.golang;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Unicode property as Go's {@code unicode} package has it in the Go (1.26, Unicode 15.0.0) that
 * builds the pinned helm, read from ranges Go itself wrote (test resources
 * golden/helm-generated/gen, modes {@code unicode}, {@code unicode-letter} and {@code
 * unicode-digit}). Java 17's {@code Character} has Unicode 13: it calls the letters and digits
 * added in 14 and 15 (e.g. U+1E4F0..U+1E4F9, Nag Mundari digits) something else.
 */
public final class UnicodeTable {
  private final int[] starts;
  private final int[] ends;

  private UnicodeTable(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  boolean contains(int cp) {
    int i = Arrays.binarySearch(starts, cp);
    int at = i >= 0 ? i : -i - 2;
    return at >= 0 && cp <= ends[at];
  }

  static UnicodeTable load(String resource) {
    List<int[]> ranges = new ArrayList<>();
    try (InputStream in = UnicodeTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the client jar");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] p = line.trim().split("-");
          ranges.add(new int[] {Integer.parseInt(p[0], 16), Integer.parseInt(p[1], 16)});
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(resource + " is unreadable in the client jar", e);
    }
    return new UnicodeTable(
        ranges.stream().mapToInt(r -> r[0]).toArray(),
        ranges.stream().mapToInt(r -> r[1]).toArray());
  }
}
