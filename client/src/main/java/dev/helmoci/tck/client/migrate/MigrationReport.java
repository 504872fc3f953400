package dev.helmoci.tck.client.migrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.client.migrate.VersionOutcome.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end of a migration (or a verification): every version's outcome, counts, and throughput. Text
 * for people, JSON for machines; {@link #exitCode()} is 0 when nothing failed, else 1.
 */
public record MigrationReport(
    String mode,
    String source,
    String destination,
    List<VersionOutcome> outcomes,
    List<String> skippedIndexEntries,
    long elapsedNanos) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public MigrationReport {
    outcomes = List.copyOf(outcomes);
    skippedIndexEntries = List.copyOf(skippedIndexEntries);
  }

  public Map<Status, Integer> counts() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    outcomes.forEach(o -> counts.merge(o.status(), 1, Integer::sum));
    return counts;
  }

  public List<VersionOutcome> failures() {
    return outcomes.stream().filter(VersionOutcome::failed).toList();
  }

  public long bytes() {
    return outcomes.stream().mapToLong(VersionOutcome::bytes).sum();
  }

  public double seconds() {
    return elapsedNanos / 1e9;
  }

  /** Versions handled per second, all outcomes counted. */
  public double versionsPerSecond() {
    return outcomes.size() / Math.max(seconds(), 1e-9);
  }

  /** Archive and provenance MiB moved per second. */
  public double mibPerSecond() {
    return bytes() / Math.max(seconds(), 1e-9) / (1024 * 1024);
  }

  public int exitCode() {
    return failures().isEmpty() ? 0 : 1;
  }

  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(mode).append(' ').append(source).append(" -> ").append(destination).append('\n');
    counts()
        .forEach(
            (status, n) -> {
              if (n > 0) {
                b.append(
                    String.format(
                        Locale.ROOT, "  %-9s %d%n", status.name().toLowerCase(Locale.ROOT), n));
              }
            });
    b.append(
        String.format(
            Locale.ROOT,
            "  %d versions, %.2f MiB in %.1f s: %.1f versions/s, %.2f MiB/s%n",
            outcomes.size(),
            bytes() / (1024.0 * 1024),
            seconds(),
            versionsPerSecond(),
            mibPerSecond()));
    for (VersionOutcome f : failures()) {
      b.append("  FAILED ")
          .append(f.chart())
          .append(' ')
          .append(f.version())
          .append(": ")
          .append(f.reason())
          .append('\n');
    }
    skippedIndexEntries.forEach(
        s -> b.append("  skipped invalid index entry ").append(s).append('\n'));
    return b.toString();
  }

  public String toJson() {
    ObjectNode root =
        JSON.createObjectNode()
            .put("mode", mode)
            .put("source", source)
            .put("destination", destination)
            .put("seconds", seconds())
            .put("bytes", bytes())
            .put("versionsPerSecond", versionsPerSecond())
            .put("mibPerSecond", mibPerSecond())
            .put("exitCode", exitCode());
    ObjectNode counts = root.putObject("counts");
    counts().forEach((s, n) -> counts.put(s.name().toLowerCase(Locale.ROOT), n));
    ArrayNode versions = root.putArray("versions");
    for (VersionOutcome o : outcomes) {
      versions
          .addObject()
          .put("chart", o.chart())
          .put("version", o.version())
          .put("tag", o.tag())
          .put("status", o.status().name().toLowerCase(Locale.ROOT))
          .put("sourceDigest", o.sourceDigest())
          .put("manifestDigest", o.manifestDigest())
          .put("bytes", o.bytes())
          .put("provenance", o.provenance())
          .put("reason", o.reason());
    }
    ArrayNode skipped = root.putArray("skippedIndexEntries");
    skippedIndexEntries.forEach(skipped::add);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
