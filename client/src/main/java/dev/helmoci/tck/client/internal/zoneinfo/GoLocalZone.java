package dev.helmoci.tck.client.internal.zoneinfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Go's {@code initLocal} (src/time/zoneinfo_unix.go): no {@code TZ} means {@code /etc/localtime};
 * an empty {@code TZ} or {@code UTC} means UTC; {@code :name} loses its colon; an absolute path is
 * read as is; a name is looked up in the platform zone directories, then in {@code
 * $GOROOT/lib/time/zoneinfo.zip} (zoneinfo_read.go, loadLocation); anything unreadable falls back
 * to UTC.
 */
public final class GoLocalZone {
  private static final List<String> PLATFORM_SOURCES =
      List.of(
          "/usr/share/zoneinfo/",
          "/usr/share/lib/zoneinfo/",
          "/usr/lib/locale/TZ/",
          "/etc/zoneinfo/");
  private static final String DEFAULT_GOROOT = "/usr/local/go";

  private final TzifZone zone;

  private GoLocalZone(TzifZone zone) {
    this.zone = zone;
  }

  /** The zone a Go program started with {@code env} uses as {@code time.Local}. */
  public static GoLocalZone fromEnvironment(Map<String, String> env) {
    String tz = env.get("TZ");
    if (tz == null) {
      return new GoLocalZone(file(Path.of("/etc/localtime")).orElse(null));
    }
    if (tz.startsWith(":")) {
      tz = tz.substring(1);
    }
    if (tz.startsWith("/")) {
      return new GoLocalZone(file(Path.of(tz)).orElse(null));
    }
    if (tz.isEmpty() || tz.equals("UTC")) {
      return new GoLocalZone(null);
    }
    for (String dir : PLATFORM_SOURCES) {
      Optional<TzifZone> z = file(Path.of(dir + tz));
      if (z.isPresent()) {
        return new GoLocalZone(z.get());
      }
    }
    String goroot = env.getOrDefault("GOROOT", DEFAULT_GOROOT);
    return new GoLocalZone(zip(Path.of(goroot, "lib", "time", "zoneinfo.zip"), tz).orElse(null));
  }

  /** The offset from UTC at {@code instant}, as Go's {@code Time.In(Local)} has it. */
  public ZoneOffset offsetAt(Instant instant) {
    return zone == null
        ? ZoneOffset.UTC
        : ZoneOffset.ofTotalSeconds(zone.offsetAt(instant.getEpochSecond()));
  }

  private static Optional<TzifZone> file(Path path) {
    try {
      return Files.isRegularFile(path)
          ? TzifZone.parse(Files.readAllBytes(path))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<TzifZone> zip(Path zip, String name) {
    if (!Files.isRegularFile(zip)) {
      return Optional.empty();
    }
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry entry = z.getEntry(name);
      if (entry == null) {
        return Optional.empty();
      }
      try (InputStream in = z.getInputStream(entry)) {
        return TzifZone.parse(in.readAllBytes());
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
