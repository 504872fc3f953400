package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.chart.Dependency;
import dev.helmoci.tck.client.internal.manifest.ConfigJson;
import dev.helmoci.tck.client.reference.Digest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code Chart.lock} as Helm writes it: sigs.k8s.io/yaml of the lock (keys sorted), {@code digest}
 * = sha256 of {@code json.Marshal([requested, locked])}, {@code generated} in RFC 3339 with
 * nanoseconds.
 */
public final class ChartLock {
  private static final DateTimeFormatter RFC3339_NANO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnnXXX");

  private ChartLock() {}

  static String digest(List<Dependency> requested, List<Dependency> locked) {
    return Digest.sha256(ConfigJson.encodeDependencyLists(requested, locked)).toString();
  }

  static void write(Path file, List<Dependency> requested, List<Dependency> locked)
      throws IOException {
    StringBuilder yaml = new StringBuilder("dependencies:\n");
    for (Dependency d : locked) {
      yaml.append("- name: ")
          .append(d.name())
          .append('\n')
          .append("  repository: ")
          .append(d.repository())
          .append('\n')
          .append("  version: ")
          .append(d.version())
          .append('\n');
    }
    yaml.append("digest: ").append(digest(requested, locked)).append('\n');
    yaml.append("generated: \"").append(goTime(OffsetDateTime.now())).append("\"\n");
    Files.writeString(file, yaml.toString());
  }

  /** Go's RFC3339Nano drops trailing zeros of the fraction (and the dot when it is zero). */
  static String goTime(OffsetDateTime time) {
    String s = time.format(RFC3339_NANO);
    int dot = s.indexOf('.');
    int zone = Math.max(s.indexOf('Z', dot), Math.max(s.indexOf('+', dot), s.indexOf('-', dot)));
    String fraction = s.substring(dot + 1, zone).replaceAll("0+$", "");
    return s.substring(0, dot) + (fraction.isEmpty() ? "" : "." + fraction) + s.substring(zone);
  }
}
