package dev.helmoci.tck.engine.driver;

/**
 * Resolve {@code oci://host/repository:tag} to a manifest descriptor, as Helm does before a pull.
 */
public record ResolveRequest(String reference) {}
