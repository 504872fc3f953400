package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.chart.ArchiveLimits;
import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.chart.HelmLine;
import dev.helmoci.tck.client.chart.LoaderWarning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Loads an unpacked chart directory with the archive loader, so a directory gets exactly the
 * metadata, validation and limits an archive does. For the chart being updated {@code charts/} is
 * left out (dependency update replaces it); a {@code file://} dependency is loaded whole, with
 * Helm's default ignore rule ({@code templates/.?*}). A {@code .helmignore} there is refused rather
 * than half-applied.
 */
public final class ChartDirectory {
  private ChartDirectory() {}

  /**
   * The chart being updated, its loader warnings to {@code warnings} (Helm's LoadDir logs them).
   */
  static ChartArchive load(Path dir, Consumer<LoaderWarning> warnings) throws IOException {
    return load(dir, false, warnings);
  }

  static ChartArchive load(Path dir, boolean withCharts) throws IOException {
    return load(dir, withCharts, w -> {});
  }

  static ChartArchive load(Path dir, boolean withCharts, Consumer<LoaderWarning> warnings)
      throws IOException {
    if (!Files.isRegularFile(dir.resolve("Chart.yaml"))) {
      throw new HelmException("Chart.yaml file is missing in " + dir);
    }
    if (withCharts && Files.exists(dir.resolve(".helmignore"))) {
      throw new HelmException(
          "the reference client does not apply .helmignore rules yet: "
              + dir.resolve(".helmignore"));
    }
    String top = dir.toAbsolutePath().normalize().getFileName().toString();
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> regular =
          walk.filter(Files::isRegularFile)
              .filter(p -> withCharts || !dir.relativize(p).startsWith("charts"))
              .filter(
                  p ->
                      !(dir.relativize(p).startsWith("templates")
                          && p.getFileName().toString().startsWith(".")
                          && withCharts))
              .sorted()
              .toList();
      for (Path file : regular) {
        files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return ChartArchive.read(
        new ByteArrayInputStream(archive(top, files)),
        ArchiveLimits.defaults(HelmLine.HELM_4),
        warnings);
  }

  /** A tgz of {@code files} (names relative to the chart) under the top directory {@code top}. */
  static byte[] archive(String top, Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(top + "/" + f.getKey());
        entry.setSize(f.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(f.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }
}
