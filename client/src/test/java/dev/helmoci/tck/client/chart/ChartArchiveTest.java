package dev.helmoci.tck.client.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.internal.chart.ChartLoadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartArchiveTest {
  private static final String CHART_YAML = "apiVersion: v2\nname: demo\nversion: 1.0.0\n";

  @Test
  void locatesChartFiles() {
    ChartArchive chart =
        read(
            new TarGz()
                .add("demo/Chart.yaml", CHART_YAML)
                .add("demo/values.yaml", "\uFEFFa: 1\n")
                .add("demo/README.md", "# hi")
                .add("demo/templates/cm.yaml", "kind: ConfigMap")
                .add("demo/charts/sub/Chart.yaml", "name: sub\nversion: 0.1.0\n")
                .build());
    assertThat(chart.chartDirectory()).isEqualTo("demo");
    assertThat(chart.metadata().name()).isEqualTo("demo");
    assertThat(chart.readmeName()).contains("README.md");
    assertThat(chart.templateNames()).containsExactly("templates/cm.yaml");
    assertThat(chart.valuesYaml())
        .get()
        .extracting(b -> new String(b, StandardCharsets.UTF_8))
        .isEqualTo("a: 1\n"); // BOM stripped
    assertThat(chart.fileNames()).contains("charts/sub/Chart.yaml");
  }

  @Test
  void pathEscapesAreRejectedWithHelmMessages() {
    assertLoadError(
        new TarGz().add("demo//etc/passwd", "x"), "chart illegally contains absolute paths");
    assertLoadError(
        new TarGz().add("demo/../../x", "x"), "chart illegally references parent directory");
    assertLoadError(
        new TarGz().add("demo/a/../..", "x"), "chart illegally references parent directory");
    assertLoadError(
        new TarGz().add("demo/.", "x"),
        "chart illegally contains content outside the base directory: \"demo/.\"");
    assertLoadError(new TarGz().add("demo/c:/x", "x"), "chart contains illegally named files");
    // A top-level Chart.yaml has no path under the base directory, so Go's Clean check fires first.
    assertLoadError(
        new TarGz().add("Chart.yaml", CHART_YAML),
        "chart illegally contains content outside the base directory: \"Chart.yaml\"");
    assertLoadError(
        new TarGz().add("Chart.yaml/x", CHART_YAML), "chart yaml not in base directory");
    assertLoadError(new TarGz().add("demo/values.yaml", "a: 1"), "Chart.yaml file is missing");
  }

  @Test
  void sizeLimitsUseHelmWordingPerLine() {
    byte[] tgz =
        new TarGz().add("demo/Chart.yaml", CHART_YAML).add("demo/big", new byte[2048]).build();
    assertThatThrownBy(
            () ->
                ChartArchive.read(
                    new ByteArrayInputStream(tgz),
                    new ArchiveLimits(100_000, 1024, HelmLine.HELM_3)))
        .hasMessage(
            "decompressed chart file \"demo/big\" is larger than the maximum file size 1024");
    // Helm 4.3.1 dropped the per-file check from LoadArchiveFiles: helm 4 shows a chart with a 6
    // MiB file that
    // helm 3.22.0 refuses ("decompressed chart file \"big/blob.bin\" is larger than the maximum
    // file size 5242880").
    assertThat(
            ChartArchive.read(
                    new ByteArrayInputStream(tgz),
                    new ArchiveLimits(100_000, 1024, HelmLine.HELM_4))
                .fileNames())
        .contains("big");
    assertThatThrownBy(
            () ->
                ChartArchive.read(
                    new ByteArrayInputStream(tgz), new ArchiveLimits(1000, 5000, HelmLine.HELM_3)))
        .hasMessage("decompressed chart is larger than the maximum file size 1000");
    assertThatThrownBy(
            () ->
                ChartArchive.read(
                    new ByteArrayInputStream(tgz), new ArchiveLimits(1000, 5000, HelmLine.HELM_4)))
        .hasMessage("decompressed chart is larger than the maximum size 1000");
  }

  @Test
  void theMetadataReadChecksAndReturnsWhatTheFullReadDoes(@TempDir Path dir) throws IOException {
    Path ok =
        Files.write(
            dir.resolve("ok.tgz"),
            new TarGz()
                .add("demo/Chart.yaml", CHART_YAML)
                .add("demo/values.yaml", "a: 1\n")
                .add("demo/templates/x.yaml", "kind: X\n")
                .add("demo/files/big", new byte[4096])
                .build());
    ArchiveLimits limits = ArchiveLimits.defaults(HelmLine.HELM_3);
    assertThat(ChartArchive.readMetadata(ok, limits))
        .isEqualTo(ChartArchive.read(ok, limits).metadata());
    Path badValues =
        Files.write(
            dir.resolve("bad-values.tgz"),
            new TarGz()
                .add("demo/Chart.yaml", CHART_YAML)
                .add("demo/values.yaml", "- a list\n")
                .build());
    assertThatThrownBy(() -> ChartArchive.readMetadata(badValues, limits))
        .hasMessage(messageOf(() -> ChartArchive.read(badValues, limits)));
    ArchiveLimits small = new ArchiveLimits(1000, 5000, HelmLine.HELM_3);
    assertThatThrownBy(() -> ChartArchive.readMetadata(ok, small))
        .hasMessage("decompressed chart is larger than the maximum file size 1000");
  }

  private static String messageOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    try {
      call.call();
    } catch (Throwable t) {
      return t.getMessage();
    }
    throw new AssertionError("no error");
  }

  @Test
  void fileChecksMatchLoadFile(@TempDir Path dir) throws IOException {
    Path yaml = Files.writeString(dir.resolve("values.yaml"), "a: 1\n");
    assertThatThrownBy(() -> ChartArchive.read(yaml))
        .hasMessage("file '" + yaml + "' seems to be a YAML file, but expected a gzipped archive");
    Path text = Files.writeString(dir.resolve("chart.tgz"), "hello");
    assertThatThrownBy(() -> ChartArchive.read(text))
        .hasMessage(
            "file '"
                + text
                + "' does not appear to be a gzipped archive; got 'text/plain; charset=utf-8'");
    assertThatThrownBy(() -> ChartArchive.read(dir)).hasMessage("cannot load a directory");
    assertThatThrownBy(() -> ChartArchive.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .hasMessage("gzip: invalid header");
  }

  @Test
  void requirementsYamlIsMergedIntoV1Metadata() {
    ChartArchive chart =
        read(
            new TarGz()
                .add("old/Chart.yaml", "name: old\nversion: 0.1.0\n")
                .add(
                    "old/requirements.yaml",
                    "dependencies:\n- name: db\n  version: ~1.2\n"
                        + "  repository: oci://r/charts\n  alias: my-db\n")
                .build());
    assertThat(chart.metadata().apiVersion()).isEqualTo("v1");
    assertThat(chart.metadata().dependencies())
        .singleElement()
        .extracting(Dependency::repository)
        .isEqualTo("oci://r/charts");
  }

  @Test
  void subchartsAreLoadedAndValidated() {
    byte[] sub = new TarGz().add("sub/Chart.yaml", "name: sub\nversion: 1.0.0\n").build();
    assertThat(
            read(new TarGz()
                    .add("demo/Chart.yaml", CHART_YAML)
                    .add("demo/charts/sub-1.0.0.tgz", sub)
                    .add("demo/charts/_skip/Chart.yaml", "broken: [")
                    .build())
                .metadata()
                .name())
        .isEqualTo("demo");
    assertLoadError(
        new TarGz()
            .add("demo/Chart.yaml", CHART_YAML)
            .add("demo/charts/dir/Chart.yaml", "name: dir\n"),
        "error unpacking subchart dir in demo: validation: chart.metadata.version is required");
  }

  private static ChartArchive read(byte[] tgz) {
    return ChartArchive.read(new ByteArrayInputStream(tgz));
  }

  private static void assertLoadError(TarGz archive, String message) {
    assertThatThrownBy(() -> read(archive.build()))
        .isInstanceOf(ChartLoadException.class)
        .hasMessage(message);
  }
}
