package dev.helmoci.tck.client.internal.semver;

/** A version or constraint that Masterminds/semver v3.5 rejects; the message is its error text. */
public final class SemverException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public SemverException(String message) {
    super(message);
  }
}
