package dev.helmoci.tck.client.internal.chart;

import dev.helmoci.tck.client.chart.ArchiveLimits;
import dev.helmoci.tck.client.chart.ChartArchive;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Helm's {@code Chart.CRDObjects} (pkg/chart/chart.go in Helm 3, pkg/chart/v2/chart.go in Helm 4):
 * the chart's own {@code crds/} files with a {@code .yaml}, {@code .yml} or {@code .json} extension
 * (any case) in archive order, then those of each subchart, depth first. Helm visits subcharts in
 * Go map order, which is random; this takes them in archive order, which is Helm's order whenever
 * at most one subchart of a chart has CRDs.
 */
public final class ChartCrds {
  private ChartCrds() {}

  public static List<byte[]> of(Map<String, byte[]> files, ArchiveLimits limits) {
    List<byte[]> crds = new ArrayList<>();
    Map<String, Map<String, byte[]>> subcharts = new LinkedHashMap<>();
    files.forEach(
        (name, data) -> {
          if (name.startsWith("crds/") && manifest(name)) {
            crds.add(data);
          } else if (name.startsWith("charts/") && !name.endsWith(".prov")) {
            String inCharts = name.substring("charts/".length());
            String[] parts = inCharts.split("/", 2);
            Map<String, byte[]> sub =
                subcharts.computeIfAbsent(parts[0], k -> new LinkedHashMap<>());
            sub.put(parts.length == 2 ? parts[1] : "", data);
          }
        });
    subcharts.forEach(
        (name, sub) -> {
          if (name.startsWith("_") || name.startsWith(".")) {
            return;
          }
          if (name.endsWith(".tgz") && sub.containsKey("")) {
            ChartArchive archive = ChartArchive.read(new ByteArrayInputStream(sub.get("")), limits);
            crds.addAll(archive.crdFiles());
          } else {
            sub.remove("");
            crds.addAll(of(sub, limits));
          }
        });
    return crds;
  }

  // filepath.Ext: from the last dot of the last element.
  private static boolean manifest(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    String ext = dot < 0 ? "" : base.substring(dot).toLowerCase(Locale.ROOT);
    return ext.equals(".yaml") || ext.equals(".yml") || ext.equals(".json");
  }
}
