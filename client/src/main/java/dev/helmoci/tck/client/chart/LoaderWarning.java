package dev.helmoci.tck.client.chart;

/**
 * A warning Helm's chart loader logs while it loads (pkg/chart/loader/load.go in Helm 3,
 * pkg/chart/v2/loader in Helm 4): a v2 chart that still carries Helm 2's dependency files. Helm
 * goes on loading; so does the client.
 */
public enum LoaderWarning {
  REQUIREMENTS_YAML(
      120,
      "Warning: Dependencies are handled in Chart.yaml since apiVersion \"v2\". "
          + "We recommend migrating dependencies to Chart.yaml."),
  REQUIREMENTS_LOCK(
      138,
      "Warning: Dependency locking is handled in Chart.lock since apiVersion \"v2\". "
          + "We recommend migrating to Chart.lock.");

  private final int helm3Line;
  private final String text;

  LoaderWarning(int helm3Line, String text) {
    this.helm3Line = helm3Line;
    this.text = text;
  }

  /** The words of the warning, without the logger's prefix. */
  public String text() {
    return text;
  }

  /**
   * The line of load.go in helm 3.22.0 that logs it: Helm 3 sets {@code log.Lshortfile}
   * (cmd/helm/helm.go), so its log lines start with {@code load.go:120: } and carry no time stamp.
   */
  public int helm3Line() {
    return helm3Line;
  }
}
