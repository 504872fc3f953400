package dev.helmoci.tck.client.internal.chart;

import dev.helmoci.tck.client.chart.ArchiveLimits;
import dev.helmoci.tck.client.chart.HelmLine;
import dev.helmoci.tck.client.internal.golang.GoPath;
import dev.helmoci.tck.client.internal.golang.Strconv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Streams a chart {@code .tgz} into its files as Helm's {@code LoadArchiveFiles} does: path checks,
 * the chart and per-file size limits, and BOM stripping (tar via commons-compress). Entries are
 * read one at a time, so memory never exceeds the decompressed limit.
 */
public final class ArchiveReader {
  private static final byte[] EMPTY = new byte[0];
  private static final Pattern DRIVE_PATH = Pattern.compile("^[a-zA-Z]:/");

  public record Entry(String topDirectory, String name, byte[] data) {}

  private ArchiveReader() {}

  public static List<Entry> read(InputStream in, ArchiveLimits limits) {
    return read(in, limits, name -> true);
  }

  /**
   * Like {@link #read(InputStream, ArchiveLimits)}, but only the files {@code keep} accepts are
   * held; the others pass through the same checks and limits and come back empty, so a large chart
   * costs one buffer, not its size.
   */
  public static List<Entry> read(InputStream in, ArchiveLimits limits, Predicate<String> keep) {
    List<Entry> entries = new ArrayList<>();
    forEach(
        in,
        limits,
        (top, name, body, limit) -> {
          boolean kept = keep.test(name);
          byte[] data = kept ? readLimited(body, limit) : EMPTY;
          entries.add(new Entry(top, name, stripBom(data)));
          return kept ? data.length : skipLimited(body, limit);
        });
    return entries;
  }

  /**
   * Receives one file of the archive; reads at most {@code limit} bytes of it and says how many it
   * read.
   */
  @FunctionalInterface
  public interface Sink {
    long accept(String topDirectory, String name, InputStream body, long limit) throws IOException;
  }

  /**
   * Walks the archive's files in order through Helm's path checks and limits, handing each body to
   * {@code sink} as a stream: what {@link #read} and the streaming untar share. Fails like {@code
   * LoadArchiveFiles}.
   */
  public static void forEach(InputStream in, ArchiveLimits limits, Sink sink) {
    try (InputStream gzip = openGzip(in);
        TarArchiveInputStream tar = new TarArchiveInputStream(gzip)) {
      int files = 0;
      long remaining = limits.maxChartBytes();
      for (TarArchiveEntry hd = tar.getNextEntry(); hd != null; hd = tar.getNextEntry()) {
        if (hd.isDirectory() || hd.isGlobalPaxHeader() || hd.isPaxHeader()) {
          continue;
        }
        String raw = hd.getName();
        String delimiter = raw.indexOf('\\') >= 0 ? "\\" : "/";
        String[] parts = raw.split(Pattern.quote(delimiter), -1);
        String n = String.join("/", java.util.Arrays.asList(parts).subList(1, parts.length));
        if (n.startsWith("/")) {
          throw new ChartLoadException("chart illegally contains absolute paths");
        }
        n = GoPath.clean(n);
        if (n.equals(".")) {
          throw new ChartLoadException(
              "chart illegally contains content outside the base directory: " + Strconv.quote(raw));
        }
        if (n.startsWith("..")) {
          throw new ChartLoadException("chart illegally references parent directory");
        }
        if (DRIVE_PATH.matcher(n).find()) {
          throw new ChartLoadException("chart contains illegally named files");
        }
        if (parts[0].equals("Chart.yaml")) {
          throw new ChartLoadException("chart yaml not in base directory");
        }
        long size = hd.getSize();
        if (size > remaining) {
          throw new ChartLoadException(chartTooLarge(limits));
        }
        // Helm 3 refuses a file above MaxDecompressedFileSize; Helm 4.3.1 no longer checks it
        // (pkg/chart/loader/archive/archive.go: "It is no longer used internally").
        if (limits.line() == HelmLine.HELM_3 && size > limits.maxFileBytes()) {
          throw new ChartLoadException(
              "decompressed chart file "
                  + Strconv.quote(raw)
                  + " is larger than the maximum file size "
                  + limits.maxFileBytes());
        }
        long read = sink.accept(parts[0], n, tar, remaining);
        remaining -= read;
        if (read < size || remaining <= 0) {
          throw new ChartLoadException(chartTooLarge(limits));
        }
        files++;
      }
      if (files == 0) {
        throw new ChartLoadException("no files in chart archive");
      }
    } catch (IOException e) {
      throw new ChartLoadException(e.getMessage(), e);
    }
  }

  // java.util.zip, not commons-compress: Helm's archives carry a gzip "extra" field that is not in
  // subfield format, which Go ignores and commons-compress 1.28 rejects.
  private static InputStream openGzip(InputStream in) throws IOException {
    try {
      return new GZIPInputStream(in, 8192);
    } catch (IOException notGzip) {
      throw new ChartLoadException("gzip: invalid header", notGzip);
    }
  }

  private static byte[] readLimited(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int read;
    while (total < limit
        && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
      out.write(buffer, 0, read);
      total += read;
    }
    return out.toByteArray();
  }

  private static long skipLimited(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[8192];
    long total = 0;
    int read;
    while (total < limit
        && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
      total += read;
    }
    return total;
  }

  private static byte[] stripBom(byte[] data) {
    if (data.length >= 3
        && (data[0] & 0xff) == 0xef
        && (data[1] & 0xff) == 0xbb
        && (data[2] & 0xff) == 0xbf) {
      return java.util.Arrays.copyOfRange(data, 3, data.length);
    }
    return data;
  }

  private static String chartTooLarge(ArchiveLimits limits) {
    // Helm 3 says "maximum file size" for the whole chart; Helm 4 fixed it to "maximum size".
    return "decompressed chart is larger than the maximum "
        + (limits.line() == HelmLine.HELM_3 ? "file size " : "size ")
        + limits.maxChartBytes();
  }
}
