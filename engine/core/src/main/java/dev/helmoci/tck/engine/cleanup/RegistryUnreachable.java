package dev.helmoci.tck.engine.cleanup;

/**
 * The registry did not answer while cleanup read a repository: the rest of cleanup is reported, not
 * tried.
 */
final class RegistryUnreachable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RegistryUnreachable(Exception cause) {
    super(String.valueOf(cause.getMessage()), cause);
  }
}
