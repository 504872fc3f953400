package dev.helmoci.tck.client.golang;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Go's {@code time.RFC3339} layout: seconds precision, {@code Z} for UTC, else {@code ±hh:mm} (Go
 * {@code src/time/format.go}). Checked by {@code GoVectorsTest}.
 */
public final class Rfc3339 {
  private static final DateTimeFormatter LAYOUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private Rfc3339() {
  }

  /** A file time as Helm prints it: in the machine's local time zone, like Go's {@code ModTime()}. */
  public static String localTime(Instant instant) {
    return format(instant, ZoneId.systemDefault());
  }

  public static String format(Instant instant, ZoneId zone) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone).format(LAYOUT);
  }
}
