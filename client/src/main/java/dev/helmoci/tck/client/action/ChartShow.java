package dev.helmoci.tck.client.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.chart.ArchiveLimits;
import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.internal.action.HelmException;
import dev.helmoci.tck.client.internal.chart.GoYamlEmitter;
import dev.helmoci.tck.client.internal.manifest.ConfigJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code helm show chart|values|readme|crds|all} on a chart archive: what Helm's {@code Show.Run}
 * (pkg/action/show.go) prints once the chart-fetch path ({@code LocateChart}) has the archive.
 */
public final class ChartShow {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] DOCUMENT_START = "---".getBytes(StandardCharsets.UTF_8);

  /** What to show. */
  public enum What {
    CHART,
    VALUES,
    README,
    CRDS,
    ALL
  }

  private ChartShow() {}

  /** Renders as Helm 4 does. */
  public static String render(byte[] archive, What what) throws IOException {
    return render(archive, what, HelmEmulation.HELM_4);
  }

  public static String render(byte[] archive, What what, HelmEmulation helm) throws IOException {
    return render(archive, what, helm, Messages.silent(helm));
  }

  /**
   * Renders as {@code helm} does; the loader's warnings go to {@code messages} as helm logs them.
   */
  public static String render(byte[] archive, What what, HelmEmulation helm, Messages messages)
      throws IOException {
    return render(
        ChartArchive.read(
            new ByteArrayInputStream(archive),
            ArchiveLimits.defaults(helm.line()),
            messages::loaderWarning),
        what,
        helm);
  }

  private static String render(ChartArchive chart, What what, HelmEmulation helm)
      throws IOException {
    boolean all = what == What.ALL;
    StringBuilder out = new StringBuilder();
    if (what == What.CHART || all) {
      out.append(chartYaml(chart)).append('\n');
    }
    if (what == What.VALUES || all) {
      // Values are non-nil only when values.yaml exists; Helm then prints the raw file.
      chart
          .valuesYaml()
          .ifPresent(v -> out.append(all ? "---\n" : "").append(text(v)).append('\n'));
    }
    if (what == What.README || all) {
      chart
          .readmeName()
          .flatMap(chart::file)
          .ifPresent(r -> out.append(all ? "---\n" : "").append(text(r)).append('\n'));
    }
    if (what == What.CRDS || all) {
      crds(out, chart.crdFiles(), all, helm);
    }
    return out.toString();
  }

  /**
   * Helm 4 writes {@code ---} before every CRD that does not start with one; Helm 3 only before the
   * first, and only in {@code show all}.
   */
  private static void crds(StringBuilder out, List<byte[]> crds, boolean all, HelmEmulation helm) {
    for (int i = 0; i < crds.size(); i++) {
      byte[] crd = crds.get(i);
      boolean separate =
          helm.major() >= 4 ? !startsWithDocument(crd) : all && i == 0 && !startsWithDocument(crd);
      out.append(separate ? "---\n" : "").append(text(crd)).append('\n');
    }
  }

  private static boolean startsWithDocument(byte[] data) {
    return data.length >= 3
        && data[0] == DOCUMENT_START[0]
        && data[1] == DOCUMENT_START[1]
        && data[2] == DOCUMENT_START[2];
  }

  /**
   * Renders a chart file, holding only the files {@code what} prints (and those Helm's loader
   * validates): a chart near Helm's 100 MiB limit shows in a small heap.
   */
  public static String render(Path archive, What what, HelmEmulation helm, Messages messages)
      throws IOException {
    return render(
        ChartArchive.read(
            archive,
            ArchiveLimits.defaults(helm.line()),
            name -> printed(name, what),
            messages::loaderWarning),
        what,
        helm);
  }

  private static boolean printed(String name, What what) {
    boolean top = name.indexOf('/') < 0;
    boolean readme =
        top
            && (name.equalsIgnoreCase("readme.md")
                || name.equalsIgnoreCase("readme.txt")
                || name.equalsIgnoreCase("readme"));
    return switch (what) {
      case CHART, VALUES -> false;
      case README -> readme;
      case CRDS -> name.startsWith("crds/");
      case ALL -> readme || name.startsWith("crds/");
    };
  }

  /** sigs.k8s.io/yaml.Marshal of the loaded metadata: its JSON, then go-yaml v2's emitter. */
  private static String chartYaml(ChartArchive chart) throws IOException {
    Map<?, ?> fields = JSON.readValue(ConfigJson.encode(chart.metadata()), Map.class);
    try {
      return GoYamlEmitter.marshalJson(fields);
    } catch (IllegalArgumentException e) {
      throw new HelmException(e.getMessage(), e);
    }
  }

  private static String text(byte[] content) {
    return new String(content, StandardCharsets.UTF_8);
  }
}
