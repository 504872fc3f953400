package dev.helmoci.tck.client.internal.manifest;

/** A pulled manifest, index or config blob that cannot be understood. */
public final class ManifestFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ManifestFormatException(String message) {
    super(message);
  }

  public ManifestFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
