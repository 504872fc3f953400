package dev.helmoci.tck.client.internal.chart;

/** A chart archive or Chart.yaml that Helm's loader rejects; the message is Helm's text. */
public final class ChartLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ChartLoadException(String message) {
    super(message);
  }

  public ChartLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
