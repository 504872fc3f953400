package dev.helmoci.tck.client.internal.manifest;

import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.chart.Dependency;
import dev.helmoci.tck.client.chart.Maintainer;
import java.util.List;

/**
 * The Helm OCI config blob: {@code json.Marshal(chart.Metadata)} byte for byte on push, and {@code
 * json.Unmarshal} into metadata on pull.
 */
public final class ConfigJson {
  private ConfigJson() {}

  /** Go {@code encoding/json} bytes of the metadata: struct order, omitempty, no newline. */
  public static byte[] encode(ChartMetadata md) {
    GoJsonWriter w = new GoJsonWriter().beginObject();
    string(w, "name", md.name());
    string(w, "home", md.home());
    strings(w, "sources", md.sources());
    string(w, "version", md.version());
    string(w, "description", md.description());
    strings(w, "keywords", md.keywords());
    if (!md.maintainers().isEmpty()) {
      w.name("maintainers").beginArray();
      for (Maintainer m : md.maintainers()) {
        maintainer(w, m);
      }
      w.endArray();
    }
    string(w, "icon", md.icon());
    string(w, "apiVersion", md.apiVersion());
    string(w, "condition", md.condition());
    string(w, "tags", md.tags());
    string(w, "appVersion", md.appVersion());
    if (md.deprecated()) {
      w.name("deprecated").value(true);
    }
    if (!md.annotations().isEmpty()) {
      w.name("annotations").stringMap(md.annotations());
    }
    string(w, "kubeVersion", md.kubeVersion());
    if (!md.dependencies().isEmpty()) {
      w.name("dependencies").beginArray();
      for (Dependency d : md.dependencies()) {
        dependency(w, d);
      }
      w.endArray();
    }
    string(w, "type", md.type());
    return w.endObject().toBytes();
  }

  /** {@code json.Unmarshal} of a pulled config blob; unknown fields are ignored. */
  public static ChartMetadata decode(byte[] json) {
    return ConfigJsonDecoder.decode(json);
  }

  private static void maintainer(GoJsonWriter w, Maintainer m) {
    if (m == null) {
      w.anyValue(null);
      return;
    }
    w.beginObject();
    string(w, "name", m.name());
    string(w, "email", m.email());
    string(w, "url", m.url());
    w.endObject();
  }

  /**
   * {@code json.Marshal([2][]*chart.Dependency{req, lock})}: the input of the {@code Chart.lock}
   * digest ({@code HashReq}).
   */
  public static byte[] encodeDependencyLists(List<Dependency> requested, List<Dependency> locked) {
    GoJsonWriter w = new GoJsonWriter().beginArray();
    for (List<Dependency> list : List.of(requested, locked)) {
      if (list.isEmpty()) {
        w.anyValue(null);
        continue;
      }
      w.beginArray();
      list.forEach(d -> dependency(w, d));
      w.endArray();
    }
    return w.endArray().toBytes();
  }

  private static void dependency(GoJsonWriter w, Dependency d) {
    if (d == null) {
      w.anyValue(null);
      return;
    }
    w.beginObject().name("name").value(d.name());
    string(w, "version", d.version());
    w.name("repository").value(d.repository()); // no omitempty in Go's struct tag
    string(w, "condition", d.condition());
    strings(w, "tags", d.tags());
    if (d.enabled()) {
      w.name("enabled").value(true);
    }
    if (!d.importValues().isEmpty()) {
      w.name("import-values").anyValue(d.importValues());
    }
    string(w, "alias", d.alias());
    w.endObject();
  }

  private static void string(GoJsonWriter w, String name, String value) {
    if (!value.isEmpty()) {
      w.name(name).value(value);
    }
  }

  private static void strings(GoJsonWriter w, String name, List<String> values) {
    if (!values.isEmpty()) {
      w.name(name).beginArray();
      values.forEach(w::value);
      w.endArray();
    }
  }
}
