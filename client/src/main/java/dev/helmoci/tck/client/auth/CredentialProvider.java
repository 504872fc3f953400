package dev.helmoci.tck.client.auth;

import java.io.IOException;

/**
 * Resolves the credential for a registry {@code host[:port]}. {@link Credential#EMPTY} means
 * "anonymous" and is not an error.
 */
@FunctionalInterface
public interface CredentialProvider {
  CredentialProvider NONE = hostPort -> Credential.EMPTY;

  Credential credential(String hostPort) throws IOException;

  /**
   * One credential for one registry, as Helm's {@code --username/--password}; {@code docker.io}
   * means {@code registry-1.docker.io}, where its traffic goes.
   */
  static CredentialProvider staticFor(String registry, Credential credential) {
    String host = registry.equals("docker.io") ? "registry-1.docker.io" : registry;
    return hostPort -> hostPort.equals(host) ? credential : Credential.EMPTY;
  }

  /** The same credential for every host: Helm's {@code ClientOptBasicAuth}. */
  static CredentialProvider always(Credential credential) {
    return hostPort -> credential;
  }
}
