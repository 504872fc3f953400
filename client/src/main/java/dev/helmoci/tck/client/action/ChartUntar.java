package dev.helmoci.tck.client.action;

import dev.helmoci.tck.client.chart.ChartArchive;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * {@code helm pull --untar}: expands a chart archive under a directory. The archive is first loaded with
 * Helm's limits (which rejects path escapes); only regular files are written, each inside the target.
 */
public final class ChartUntar {
  private ChartUntar() {
  }

  /** Writes the chart to {@code dir/<chart name>/…} and returns that directory. */
  public static Path extract(byte[] archive, Path dir) throws IOException {
    String name = ChartArchive.read(new ByteArrayInputStream(archive)).metadata().name();
    Path target = dir.resolve(name).normalize();
    if (Files.exists(target)) {
      throw new HelmException("failed to untar: a file or directory with the name " + target + " already exists");
    }
    Path root = dir.toAbsolutePath().normalize();
    try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(archive));
        TarArchiveInputStream tar = new TarArchiveInputStream(gzip)) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (!entry.isFile()) {
          continue;
        }
        Path out = root.resolve(entry.getName()).normalize();
        if (!out.startsWith(root)) {
          throw new HelmException("chart illegally contains content outside the base directory: " + entry.getName());
        }
        Files.createDirectories(out.getParent());
        Files.copy(tar, out);
      }
    }
    return target;
  }
}
