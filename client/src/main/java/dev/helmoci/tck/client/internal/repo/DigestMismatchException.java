package dev.helmoci.tck.client.internal.repo;

/** A downloaded archive whose SHA-256 is not the digest the index records for it. */
public final class DigestMismatchException extends RepoException {
  private final String expected;
  private final String actual;

  public DigestMismatchException(String url, String expected, String actual) {
    super(
        "digest mismatch for "
            + url
            + ": the index records "
            + expected
            + ", the archive is "
            + actual);
    this.expected = expected;
    this.actual = actual;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }
}
