package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.internal.registry.VerifyingInputStream;
import java.io.IOException;
import java.util.Set;

/**
 * oras-go's copy errors, as Helm prints them: {@code failed to perform "<Op>" on
 * source|destination: <cause>}. A pull copies from the registry (source) into memory (destination),
 * so a manifest that cannot be fetched fails {@code FetchReference} on the source, a manifest body
 * that does not verify fails {@code Successors}, and a blob whose bytes do not verify fails {@code
 * Push} into the destination.
 */
public final class OrasErrors {
  private static final Set<String> VERIFICATION =
      Set.of(
          VerifyingInputStream.MISMATCHED_DIGEST,
          VerifyingInputStream.TRAILING_DATA,
          VerifyingInputStream.UNEXPECTED_EOF);

  private OrasErrors() {}

  static HelmException source(String operation, IOException e) {
    return new HelmException(
        "failed to perform \"" + operation + "\" on source: " + e.getMessage(), e);
  }

  public static HelmException destination(String operation, String cause, Throwable e) {
    return new HelmException("failed to perform \"" + operation + "\" on destination: " + cause, e);
  }

  /**
   * The root manifest: fetching fails {@code FetchReference}; a body that does not verify fails
   * {@code Successors}.
   */
  static HelmException rootFetch(IOException e) {
    return source(VERIFICATION.contains(e.getMessage()) ? "Successors" : "FetchReference", e);
  }

  /** oras's {@code content.ReadAll} wording for a blob that ended early. */
  static HelmException shortRead(long expected, long got, String digest, Throwable e) {
    return destination(
        "Push",
        "read failed: expected content size of "
            + expected
            + ", got "
            + got
            + ", for digest "
            + digest
            + ": unexpected EOF",
        e);
  }
}
