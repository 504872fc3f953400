package dev.helmoci.tck.benchmarks;

import java.nio.file.Path;

/**
 * One way to run helm's chart commands: real helm, the {@code helm-oci} CLI, or the client in this
 * JVM.
 */
interface ChartCaller {

  /** The name the report uses: {@code helm3}, {@code helm4}, {@code helm-oci}, {@code client}. */
  String name();

  /**
   * The name as a repository path component ({@code helm-oci -Xmx64m} becomes {@code
   * helm-oci-xmx64m}).
   */
  default String repository() {
    return name()
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("-$", "");
  }

  /** {@code helm push FILE oci://host/repo}; the time it took, in milliseconds. */
  double push(Path chart, String remote) throws Exception;

  /** {@code helm pull oci://host/repo/name --version V -d DIR}. */
  double pull(String ref, String version, Path dir) throws Exception;

  /**
   * {@code helm show chart oci://host/repo/name --version V}; fails unless the output names {@code
   * chartName}.
   */
  double showChart(String ref, String version, String chartName) throws Exception;
}
