package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.action.ChartShow;
import dev.helmoci.tck.client.chart.ChartArchive;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Helm's {@code chartutil.Save} ({@code writeTarContents}, pkg/chartutil/save.go), which {@code
 * dependency update} uses to archive a {@code file://} dependency: Chart.yaml re-marshalled from
 * the loaded metadata (as {@code show chart} prints it), the raw values.yaml, values.schema.json,
 * templates, the other files, then every subchart as a directory {@code charts/<name>/}, archived
 * or not in the source. The entries' content is Helm's; gzip and tar header bytes (and Helm's time
 * stamps) are not reproduced.
 */
public final class ChartSave {
  private static final Set<String> LOADER_FILES =
      Set.of(
          "Chart.yaml",
          "Chart.lock",
          "values.yaml",
          "values.schema.json",
          "requirements.yaml",
          "requirements.lock");

  private ChartSave() {}

  static byte[] save(ChartArchive chart) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      write(tar, chart, "");
    }
    return bytes.toByteArray();
  }

  private static void write(TarArchiveOutputStream tar, ChartArchive chart, String prefix)
      throws IOException {
    if (chart.file("Chart.lock").isPresent() || chart.metadata().apiVersion().equals("v1")) {
      throw new HelmException(
          "the reference client cannot yet archive the file:// dependency "
              + chart.metadata().name()
              + ": it has a Chart.lock or apiVersion v1, which Helm re-marshals");
    }
    String base = prefix + chart.metadata().name() + "/";
    String shown = ChartShow.render(reread(chart), ChartShow.What.CHART); // yaml.Marshal + "\n"
    entry(
        tar,
        base + "Chart.yaml",
        shown.substring(0, shown.length() - 1).getBytes(StandardCharsets.UTF_8));
    for (String name : List.of("values.yaml", "values.schema.json")) {
      if (chart.file(name).isPresent()) {
        entry(tar, base + name, chart.file(name).get());
      }
    }
    for (String name : chart.fileNames()) {
      if (name.startsWith("templates/")) {
        entry(tar, base + name, chart.file(name).orElseThrow());
      }
    }
    Map<String, Map<String, byte[]>> subcharts = new LinkedHashMap<>();
    for (String name : chart.fileNames()) {
      if (name.startsWith("templates/") || LOADER_FILES.contains(name)) {
        continue;
      }
      if (name.startsWith("charts/") && !name.endsWith(".prov")) {
        String[] parts = name.substring("charts/".length()).split("/", 2);
        subcharts
            .computeIfAbsent(parts[0], k -> new LinkedHashMap<>())
            .put(parts.length == 2 ? parts[1] : "", chart.file(name).orElseThrow());
        continue;
      }
      entry(tar, base + name, chart.file(name).orElseThrow());
    }
    for (Map.Entry<String, Map<String, byte[]>> sub : subcharts.entrySet()) {
      if (sub.getKey().startsWith("_") || sub.getKey().startsWith(".")) {
        continue;
      }
      byte[] archive =
          sub.getValue().containsKey("")
              ? sub.getValue().get("")
              : ChartDirectory.archive(sub.getKey(), sub.getValue());
      write(tar, ChartArchive.read(new ByteArrayInputStream(archive)), base + "charts/");
    }
  }

  // ChartShow renders from archive bytes; the chart is already loaded, so this only re-packs its
  // files.
  private static byte[] reread(ChartArchive chart) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : chart.fileNames()) {
      files.put(name, chart.file(name).orElseThrow());
    }
    return ChartDirectory.archive(chart.chartDirectory(), files);
  }

  private static void entry(TarArchiveOutputStream tar, String name, byte[] data)
      throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setMode(0100644);
    e.setSize(data.length);
    tar.putArchiveEntry(e);
    tar.write(data);
    tar.closeArchiveEntry();
  }
}
