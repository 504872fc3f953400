package dev.helmoci.tck.client.internal.action;

/** A failure Helm reports as {@code Error: <message>}; the message is Helm's text. */
public class HelmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HelmException(String message) {
    super(message);
  }

  public HelmException(String message, Throwable cause) {
    super(message, cause);
  }
}
