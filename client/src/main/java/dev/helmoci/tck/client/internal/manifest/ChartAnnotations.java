package dev.helmoci.tck.client.internal.manifest;

import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.chart.Maintainer;
import dev.helmoci.tck.client.internal.chart.GoStringOrder;
import dev.helmoci.tck.client.internal.chart.GoText;
import dev.helmoci.tck.client.internal.golang.Rfc3339;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Helm's {@code generateOCIAnnotations}: the manifest annotations of a pushed chart. */
public final class ChartAnnotations {
  public static final String DESCRIPTION = "org.opencontainers.image.description";
  public static final String TITLE = "org.opencontainers.image.title";
  public static final String VERSION = "org.opencontainers.image.version";
  public static final String URL = "org.opencontainers.image.url";
  public static final String CREATED = "org.opencontainers.image.created";
  public static final String SOURCE = "org.opencontainers.image.source";
  public static final String AUTHORS = "org.opencontainers.image.authors";
  private static final Set<String> IMMUTABLE = Set.of(VERSION, TITLE);

  private ChartAnnotations() {}

  /**
   * Builds the annotations, sorted by key.
   *
   * @param created RFC 3339 creation time as Helm formats it; empty means "now" in UTC
   */
  public static Map<String, String> generate(ChartMetadata md, String created) {
    Map<String, String> out = new TreeMap<>(GoStringOrder.INSTANCE);
    put(out, DESCRIPTION, md.description());
    put(out, TITLE, md.name());
    put(out, VERSION, md.version());
    put(out, URL, md.home());
    put(out, CREATED, created.isEmpty() ? nowRfc3339() : created);
    if (!md.sources().isEmpty()) {
      put(out, SOURCE, md.sources().get(0));
    }
    if (!md.maintainers().isEmpty()) {
      put(out, AUTHORS, authors(md));
    }
    // Chart annotations override Helm's own, except title and version; no blank check here.
    md.annotations()
        .forEach(
            (k, v) -> {
              if (!IMMUTABLE.contains(k)) {
                out.put(k, v);
              }
            });
    return out;
  }

  private static String authors(ChartMetadata md) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < md.maintainers().size(); i++) {
      Maintainer m = md.maintainers().get(i);
      sb.append(m.name());
      if (!m.email().isEmpty()) {
        sb.append(" (").append(m.email()).append(')');
      }
      if (i < md.maintainers().size() - 1) {
        sb.append(", ");
      }
    }
    return sb.toString();
  }

  private static void put(Map<String, String> out, String key, String value) {
    if (!GoText.trimSpace(value).isEmpty()) {
      out.put(key, value);
    }
  }

  private static String nowRfc3339() {
    return Rfc3339.format(Instant.now(), ZoneOffset.UTC);
  }
}
