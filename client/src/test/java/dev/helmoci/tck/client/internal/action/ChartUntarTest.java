package dev.helmoci.tck.client.internal.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pull --untar} keeps every file under {@code <dir>/<chart>/} as Helm's {@code
 * chartutil.Expand} with securejoin does; the same archives against real helm are in {@code
 * interop/ChartCorpusDifferentialIT}.
 */
class ChartUntarTest {
  private static final String CHART_YAML = "apiVersion: v2\nname: demo\nversion: 1.0.0\n";

  @Test
  void aSecondTopLevelDirectoryLandsInsideTheChart(@TempDir Path dir) throws IOException {
    byte[] archive =
        tgz(
            "demo/Chart.yaml",
            CHART_YAML,
            "other/escape.txt",
            "x",
            "demo/values.yaml",
            "\uFEFFa: 1\n");

    Path chart = ChartUntar.extract(archive, dir);

    assertThat(chart).isEqualTo(dir.resolve("demo"));
    assertThat(tree(dir)).containsExactly("demo/Chart.yaml", "demo/escape.txt", "demo/values.yaml");
    assertThat(Files.readString(chart.resolve("values.yaml")))
        .isEqualTo("a: 1\n"); // BOM removed, as Helm writes
  }

  @Test
  void aSymlinkAlreadyInTheDestinationIsFollowedOnlyInsideIt(@TempDir Path work)
      throws IOException {
    Path dir = Files.createDirectories(work.resolve("dest"));
    Path outside = Files.createDirectories(work.resolve("outside"));
    Files.createDirectories(dir.resolve("demo"));
    Files.createSymbolicLink(dir.resolve("demo/templates"), outside.toAbsolutePath());
    Files.createSymbolicLink(dir.resolve("demo/up"), Path.of("../../outside"));
    byte[] archive =
        tgz("demo/Chart.yaml", CHART_YAML, "demo/templates/a.yaml", "a", "demo/up/b.yaml", "b");

    ChartUntar.extract(archive, dir);

    assertThat(tree(outside)).isEmpty();
    Path confined = dir.resolve("demo").resolve(outside.toAbsolutePath().toString().substring(1));
    assertThat(confined.resolve("a.yaml")).hasContent("a");
    assertThat(dir.resolve("demo/outside/b.yaml")).hasContent("b");
  }

  @Test
  void anExistingChartDirectoryIsRefusedWithHelmsMessage(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("demo"));
    byte[] archive = tgz("demo/Chart.yaml", CHART_YAML);

    assertThatThrownBy(() -> ChartUntar.extract(archive, dir, "oci://localhost:5000/charts/demo"))
        .hasMessage(
            "failed to untar: a file or directory with the name "
                + dir.resolve("demo")
                + " already exists");
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private static byte[] tgz(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        byte[] data = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(namesAndContents[i], true);
        entry.setSize(data.length);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }
}
