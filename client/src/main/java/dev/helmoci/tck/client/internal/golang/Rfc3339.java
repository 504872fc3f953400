package dev.helmoci.tck.client.internal.golang;

import dev.helmoci.tck.client.internal.zoneinfo.GoLocalZone;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Go's {@code time.RFC3339} layout: seconds precision, {@code Z} for UTC, else {@code ±hh:mm} (Go
 * {@code src/time/format.go}). Checked by {@code GoVectorsIT}.
 */
public final class Rfc3339 {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private Rfc3339() {}

  /**
   * A file time as Helm prints it: {@code ModTime()} is in Go's {@code time.Local}, which Go takes
   * from {@code TZ} and the system's zoneinfo files, not from Java's bundled tzdb (see
   * GoLocalZone).
   */
  public static String localTime(Instant instant) {
    return format(instant, GoLocalZone.fromEnvironment(System.getenv()).offsetAt(instant));
  }

  public static String format(Instant instant, ZoneId zone) {
    OffsetDateTime local = OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone);
    return local.format(DATE_TIME) + offset(local.getOffset().getTotalSeconds());
  }

  // Go's Z07:00 (time/format.go): Z only for a zero offset; minutes truncated toward zero, so an
  // LMT offset of
  // -52 s is "+00:00" (Java's XXX would say "-00:00").
  private static String offset(int seconds) {
    if (seconds == 0) {
      return "Z";
    }
    int minutes = seconds / 60;
    String sign = minutes < 0 ? "-" : "+";
    minutes = Math.abs(minutes);
    return String.format("%s%02d:%02d", sign, minutes / 60, minutes % 60);
  }
}
