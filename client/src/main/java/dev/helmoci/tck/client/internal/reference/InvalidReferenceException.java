package dev.helmoci.tck.client.internal.reference;

/**
 * A reference or digest that Helm (through oras-go) would reject. {@link #getMessage()} is exactly
 * the text Helm prints, e.g. {@code invalid reference: invalid tag "1.0+b"}.
 */
public final class InvalidReferenceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidReferenceException(String message) {
    super(message);
  }
}
