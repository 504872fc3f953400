package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.chart.ArchiveLimits;
import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.chart.ChartMetadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code helm pull --untar}: Helm's {@code Pull.Run} untar branch and {@code chartutil.Expand}. The
 * archive itself is kept only in a temporary directory that Helm removes, so nothing but the chart
 * directory is left. Every file is written under {@code <untardir>/<chart name>/} by its archive
 * name without the top-level directory, whatever that directory was called, through {@link
 * ConfinedPath}; files are written with their BOM removed, as the loader read them; directories are
 * not recreated and a symlink entry becomes an empty file, as Helm's loader reads it (seen in
 * UntarParityIT).
 */
public final class ChartUntar {
  private ChartUntar() {}

  /**
   * Expands {@code archive} into {@code untarDir} (already joined with the destination, as Helm
   * does) after Helm's conflict check on {@code untarDir/<last element of chartRef>}; returns the
   * chart directory.
   */
  public static Path extract(byte[] archive, Path untarDir, String chartRef) throws IOException {
    Path ud = conflictChecked(untarDir, chartRef);
    return extract(archive, ud.toString().isEmpty() ? Path.of(".") : ud);
  }

  /**
   * Like {@link #extract(byte[], Path, String)} from a chart file, streaming: the archive is
   * checked as Helm's loader checks it, then each file is copied to disk, so memory stays flat with
   * the chart's size.
   */
  public static Path extract(Path archive, Path untarDir, String chartRef, ArchiveLimits limits)
      throws IOException {
    Path ud = conflictChecked(untarDir, chartRef);
    Path root = (ud.toString().isEmpty() ? Path.of(".") : ud).normalize();
    ChartMetadata metadata = ChartArchive.readMetadata(archive, limits);
    Path chartDir = chartDirectory(root, metadata.name());
    ChartArchive.forEachFile(
        archive,
        limits,
        (name, content) -> {
          Path out = ConfinedPath.join(chartDir, name);
          Files.createDirectories(out.getParent());
          Files.copy(content, out, StandardCopyOption.REPLACE_EXISTING);
        });
    return chartDir;
  }

  private static Path conflictChecked(Path untarDir, String chartRef) throws IOException {
    String base = chartRef.substring(chartRef.lastIndexOf('/') + 1);
    Path ud = untarDir.normalize();
    Path check =
        ud.toString().isEmpty() || ud.toString().equals(".") ? Path.of(base) : ud.resolve(base);
    if (Files.exists(check)) {
      throw new HelmException(
          "failed to untar: a file or directory with the name " + check + " already exists");
    }
    Files.createDirectories(check);
    return ud;
  }

  private static Path chartDirectory(Path root, String name) throws IOException {
    Path chartDir = ConfinedPath.join(root, name);
    if (chartDir.normalize().equals(root)) {
      throw new HelmException("chart name \"" + name + "\" resolves to the extraction root");
    }
    return chartDir;
  }

  /** {@code chartutil.Expand(dir, archive)}: returns {@code dir/<chart name>}. */
  public static Path extract(byte[] archive, Path dir) throws IOException {
    ChartArchive chart = ChartArchive.read(new ByteArrayInputStream(archive));
    Path root = dir.normalize();
    Path chartDir = chartDirectory(root, chart.metadata().name());
    for (String name : chart.fileNames()) {
      Path out = ConfinedPath.join(chartDir, name);
      Files.createDirectories(out.getParent());
      Files.write(out, chart.file(name).orElseThrow());
    }
    return chartDir;
  }
}
