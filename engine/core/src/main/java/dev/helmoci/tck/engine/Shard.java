package dev.helmoci.tck.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shard {@code index} of {@code count} ({@code 1/4} … {@code 4/4}): which share of the selected
 * cases one CI job runs. A key lands in a shard by the SHA-256 of its text, never by discovery
 * order or {@link String#hashCode} alone, so every job of a matrix, on any machine and any JVM,
 * splits the cases the same way.
 */
record Shard(int index, int count) {

  private static final Pattern SYNTAX = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

  Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "shard " + index + "/" + count + " is not I/N with 1 <= I <= N");
    }
  }

  /** Parses {@code I/N}; empty if the text is not of that form or out of range. */
  static Optional<Shard> parse(String text) {
    Matcher m = SYNTAX.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int index = Integer.parseInt(m.group(1));
    int count = Integer.parseInt(m.group(2));
    return count >= 1 && index >= 1 && index <= count
        ? Optional.of(new Shard(index, count))
        : Optional.empty();
  }

  /** Whether the unit of work named {@code key} belongs to this shard. */
  boolean owns(String key) {
    return slot(key, count) == index - 1;
  }

  static int slot(String key, int count) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long high = 0;
      for (int i = 0; i < 8; i++) {
        high = (high << 8) | (digest[i] & 0xff);
      }
      return (int) Long.remainderUnsigned(high, count);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
