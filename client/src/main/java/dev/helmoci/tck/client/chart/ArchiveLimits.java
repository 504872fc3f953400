package dev.helmoci.tck.client.chart;

/**
 * Helm loader limits ({@code MaxDecompressedChartSize}, {@code MaxDecompressedFileSize}) and the
 * Helm line whose message wording to use when they are exceeded.
 */
public record ArchiveLimits(long maxChartBytes, long maxFileBytes, HelmLine line) {
  /** Helm's defaults: 100 MiB per chart, 5 MiB per file. */
  public static ArchiveLimits defaults(HelmLine line) {
    return new ArchiveLimits(100L * 1024 * 1024, 5L * 1024 * 1024, line);
  }
}
