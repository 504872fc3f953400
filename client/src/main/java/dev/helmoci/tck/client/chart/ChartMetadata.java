package dev.helmoci.tck.client.chart;

import dev.helmoci.tck.client.internal.chart.GoStringOrder;
import dev.helmoci.tck.client.internal.chart.MetadataValidator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chart metadata with the fields and order of Go's {@code chart.Metadata}. Absent strings are
 * empty, absent lists empty; {@code annotations} iterate in sorted key order, as Go marshals maps.
 */
public record ChartMetadata(
    String name,
    String home,
    List<String> sources,
    String version,
    String description,
    List<String> keywords,
    List<Maintainer> maintainers,
    String icon,
    String apiVersion,
    String condition,
    String tags,
    String appVersion,
    boolean deprecated,
    Map<String, String> annotations,
    String kubeVersion,
    List<Dependency> dependencies,
    String type) {

  /** Helm's default when Chart.yaml has no {@code apiVersion}. */
  public static final String API_VERSION_V1 = "v1";

  public ChartMetadata {
    name = orEmpty(name);
    home = orEmpty(home);
    sources = sources == null ? List.of() : Collections.unmodifiableList(sources);
    version = orEmpty(version);
    description = orEmpty(description);
    keywords = keywords == null ? List.of() : Collections.unmodifiableList(keywords);
    // Nulls are kept in lists so validation can report Helm's "empty or null nodes" error.
    maintainers = maintainers == null ? List.of() : Collections.unmodifiableList(maintainers);
    icon = orEmpty(icon);
    apiVersion = orEmpty(apiVersion);
    condition = orEmpty(condition);
    tags = orEmpty(tags);
    appVersion = orEmpty(appVersion);
    annotations = annotations == null ? Map.of() : Collections.unmodifiableMap(sorted(annotations));
    kubeVersion = orEmpty(kubeVersion);
    dependencies = dependencies == null ? List.of() : Collections.unmodifiableList(dependencies);
    type = orEmpty(type);
  }

  /**
   * Helm's {@code Metadata.Validate}: returns a copy with every string sanitized (whitespace to a
   * space, non-printable characters dropped) or throws with Helm's {@code validation: …} message.
   */
  public ChartMetadata validated() {
    return MetadataValidator.validate(this);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  // Go marshals map keys in UTF-8 byte order (GoStringOrder), not String.compareTo order.
  private static Map<String, String> sorted(Map<String, String> annotations) {
    Map<String, String> out = new TreeMap<>(GoStringOrder.INSTANCE);
    out.putAll(annotations);
    return out;
  }
}
