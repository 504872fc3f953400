package dev.helmoci.tck.client.action;

import dev.helmoci.tck.client.chart.ChartArchive;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Loads an unpacked chart directory with the archive loader, so a directory gets exactly the metadata,
 * validation and limits an archive does. {@code charts/} is left out: dependency update replaces it.
 */
final class ChartDirectory {
  private ChartDirectory() {
  }

  static ChartArchive load(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve("Chart.yaml"))) {
      throw new HelmException("Chart.yaml file is missing in " + dir);
    }
    String top = dir.toAbsolutePath().normalize().getFileName().toString();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Stream<Path> walk = Files.walk(dir);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      List<Path> files = walk.filter(Files::isRegularFile)
          .filter(p -> !dir.relativize(p).startsWith("charts")).sorted().toList();
      for (Path file : files) {
        TarArchiveEntry entry = new TarArchiveEntry(top + "/" + dir.relativize(file).toString().replace('\\', '/'));
        entry.setSize(Files.size(file));
        tar.putArchiveEntry(entry);
        Files.copy(file, tar);
        tar.closeArchiveEntry();
      }
    }
    return ChartArchive.read(new ByteArrayInputStream(bytes.toByteArray()));
  }
}
