package dev.helmoci.tck.client.chart;

import dev.helmoci.tck.client.internal.chart.ArchiveReader;
import dev.helmoci.tck.client.internal.chart.ArchiveSniffer;
import dev.helmoci.tck.client.internal.chart.BomStripping;
import dev.helmoci.tck.client.internal.chart.ChartCrds;
import dev.helmoci.tck.client.internal.chart.ChartLoadException;
import dev.helmoci.tck.client.internal.chart.ChartLoader;
import dev.helmoci.tck.client.internal.chart.CountingStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A chart {@code .tgz} loaded as Helm's {@code loader.LoadArchive} loads it: limits and path checks
 * while streaming, Chart.yaml bound and validated, requirements.yaml merged, {@code apiVersion}
 * defaulted to {@code v1}. File names are relative to the chart directory ({@code values.yaml},
 * {@code templates/x.yaml}). Subcharts under {@code charts/} are loaded and validated as Helm does
 * (an invalid subchart fails the load) but are exposed only as files.
 */
public final class ChartArchive {
  private final String chartDirectory;
  private final Map<String, byte[]> files;
  private final ChartMetadata metadata;
  private final ArchiveLimits limits;

  private ChartArchive(
      String chartDirectory,
      Map<String, byte[]> files,
      ChartMetadata metadata,
      ArchiveLimits limits) {
    this.chartDirectory = chartDirectory;
    this.files = files;
    this.metadata = metadata;
    this.limits = limits;
  }

  /** Reads a chart file with Helm 4 wording and default limits, after Helm's file checks. */
  public static ChartArchive read(Path file) throws IOException {
    return read(file, ArchiveLimits.defaults(HelmLine.HELM_4));
  }

  /** Reads a chart file; a directory or a non-gzip file fails with Helm's {@code LoadFile} text. */
  public static ChartArchive read(Path file, ArchiveLimits limits) throws IOException {
    return read(file, limits, name -> true, warning -> {});
  }

  /**
   * Reads a chart file as {@link #read(Path, ArchiveLimits)}, handing Helm's loader warnings to
   * {@code warnings}.
   */
  public static ChartArchive read(Path file, ArchiveLimits limits, Consumer<LoaderWarning> warnings)
      throws IOException {
    return read(file, limits, name -> true, warnings);
  }

  /**
   * Reads a chart file with the same checks, limits, errors and warnings, holding only the files
   * {@code keep} accepts and those Helm's loader reads (see {@link #readMetadata}); the others are
   * listed with empty content. For commands that print a few files of a chart that may be near
   * Helm's 100 MiB limit.
   */
  public static ChartArchive read(
      Path file, ArchiveLimits limits, Predicate<String> keep, Consumer<LoaderWarning> warnings)
      throws IOException {
    if (Files.isDirectory(file)) {
      throw new ChartLoadException("cannot load a directory");
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      in.mark(512);
      byte[] head = in.readNBytes(512);
      in.reset();
      ArchiveSniffer.ensureGzip(file.toString(), head);
      return read(in, limits, keep, warnings);
    }
  }

  /**
   * The validated metadata of a chart file, loaded as {@link #read(Path, ArchiveLimits)} loads it
   * (the same checks, limits and errors) while holding only what Helm's loader reads for it:
   * Chart.yaml, requirements.yaml, values.yaml (validated) and the subcharts under {@code charts/}.
   * Memory stays flat with the size of the other files, which is what lets {@code push} handle a
   * chart near Helm's 100 MiB limit in a small heap.
   */
  public static ChartMetadata readMetadata(Path file, ArchiveLimits limits) throws IOException {
    return readMetadata(file, limits, warning -> {});
  }

  /**
   * As {@link #readMetadata(Path, ArchiveLimits)}, handing Helm's loader warnings to {@code
   * warnings}.
   */
  public static ChartMetadata readMetadata(
      Path file, ArchiveLimits limits, Consumer<LoaderWarning> warnings) throws IOException {
    if (Files.isDirectory(file)) {
      throw new ChartLoadException("cannot load a directory");
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      in.mark(512);
      byte[] head = in.readNBytes(512);
      in.reset();
      ArchiveSniffer.ensureGzip(file.toString(), head);
      List<ArchiveReader.Entry> entries =
          ArchiveReader.read(in, limits, ChartArchive::neededForMetadata);
      return ChartLoader.load(
          entries.stream()
              .filter(e -> neededForMetadata(e.name()))
              .map(e -> new ChartLoader.File(e.name(), e.data()))
              .toList(),
          limits,
          warnings);
    }
  }

  /**
   * Receives one file of a chart: its name relative to the chart directory and its content, BOM
   * removed.
   */
  @FunctionalInterface
  public interface FileSink {
    void accept(String name, InputStream content) throws IOException;
  }

  /**
   * Hands every file of a chart file to {@code sink} as a stream, in archive order, after the
   * archive passed {@link #readMetadata} (so nothing reaches the sink from a chart Helm would
   * refuse). Memory stays flat with the chart's size: what {@code pull --untar} writes through.
   */
  public static ChartMetadata forEachFile(Path file, ArchiveLimits limits, FileSink sink)
      throws IOException {
    ChartMetadata metadata = readMetadata(file, limits);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      ArchiveReader.forEach(
          in,
          limits,
          (top, name, body, limit) -> {
            CountingStream counted = new CountingStream(body, limit);
            sink.accept(name, BomStripping.wrap(counted));
            counted.drain();
            return counted.count();
          });
    }
    return metadata;
  }

  private static boolean neededForMetadata(String name) {
    return name.equals("Chart.yaml")
        || name.equals("requirements.yaml")
        || name.equals("requirements.lock")
        || name.equals("values.yaml")
        || name.startsWith("charts/");
  }

  /** Reads a chart archive stream with Helm 4 wording and default limits. */
  public static ChartArchive read(InputStream in) {
    return read(in, ArchiveLimits.defaults(HelmLine.HELM_4));
  }

  /** Reads a chart archive stream with the given limits. */
  public static ChartArchive read(InputStream in, ArchiveLimits limits) {
    return read(in, limits, warning -> {});
  }

  /**
   * Reads a chart archive stream, handing Helm's loader warnings to {@code warnings} as Helm logs
   * them.
   */
  public static ChartArchive read(
      InputStream in, ArchiveLimits limits, Consumer<LoaderWarning> warnings) {
    return read(in, limits, name -> true, warnings);
  }

  private static ChartArchive read(
      InputStream in,
      ArchiveLimits limits,
      Predicate<String> keep,
      Consumer<LoaderWarning> warnings) {
    List<ArchiveReader.Entry> entries =
        ArchiveReader.read(in, limits, name -> keep.test(name) || neededForMetadata(name));
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (ArchiveReader.Entry e : entries) {
      files.put(e.name(), e.data());
    }
    List<ChartLoader.File> loaderFiles =
        entries.stream().map(e -> new ChartLoader.File(e.name(), e.data())).toList();
    return new ChartArchive(
        entries.get(0).topDirectory(),
        Collections.unmodifiableMap(files),
        ChartLoader.load(loaderFiles, limits, warnings),
        limits);
  }

  /** The validated, sanitized metadata (what Helm puts in the OCI config blob). */
  public ChartMetadata metadata() {
    return metadata;
  }

  /** The archive's top-level directory, normally the chart name. */
  public String chartDirectory() {
    return chartDirectory;
  }

  /** Every file name, relative to the chart directory, in archive order. */
  public List<String> fileNames() {
    return List.copyOf(files.keySet());
  }

  /** A file's bytes (UTF-8 BOM removed, as Helm does). */
  public Optional<byte[]> file(String name) {
    return Optional.ofNullable(files.get(name)).map(byte[]::clone);
  }

  public Optional<byte[]> valuesYaml() {
    return file("values.yaml");
  }

  public Optional<byte[]> requirementsYaml() {
    return file("requirements.yaml");
  }

  /**
   * Helm's {@code findReadme}: the first file, in archive order, named {@code readme.md}, {@code
   * readme.txt} or {@code readme} in any letter case, at the top of the chart only.
   */
  public Optional<String> readmeName() {
    return files.keySet().stream()
        .filter(
            n ->
                n.equalsIgnoreCase("readme.md")
                    || n.equalsIgnoreCase("readme.txt")
                    || n.equalsIgnoreCase("readme"))
        .findFirst();
  }

  /**
   * The CRD files {@code helm show crds} prints: this chart's, then its subcharts' (see ChartCrds).
   */
  public List<byte[]> crdFiles() {
    return ChartCrds.of(files, limits);
  }

  /** Names of files under {@code templates/}. */
  public List<String> templateNames() {
    List<String> out = new ArrayList<>();
    files.keySet().stream().filter(n -> n.startsWith("templates/")).forEach(out::add);
    return out;
  }
}
