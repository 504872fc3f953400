package dev.helmoci.tck.client.internal.provenance;

/** A provenance file that fails verification; the message is Helm's (or go-crypto's) text. */
public final class ProvenanceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProvenanceException(String message) {
    super(message);
  }

  public ProvenanceException(String message, Throwable cause) {
    super(message, cause);
  }
}
