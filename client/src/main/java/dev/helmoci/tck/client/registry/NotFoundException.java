package dev.helmoci.tck.client.registry;

/** A 404 on a manifest, blob or registry: oras-go's {@code <ref>: not found}. */
public final class NotFoundException extends RegistryException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String subject) {
    super(subject.isEmpty() ? "not found" : subject + ": not found");
  }
}
