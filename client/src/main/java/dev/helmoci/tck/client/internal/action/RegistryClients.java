package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.registry.RegistryClient;
import java.io.IOException;

/**
 * Gives the {@link RegistryClient} for a registry host, sharing transport, credentials and tokens.
 */
@FunctionalInterface
public interface RegistryClients {
  RegistryClient forRegistry(String registry) throws IOException;
}
