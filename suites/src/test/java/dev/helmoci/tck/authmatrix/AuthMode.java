package dev.helmoci.tck.authmatrix;

import dev.helmoci.tck.fixtures.registry.RegistryTls;
import dev.helmoci.tck.fixtures.tls.TlsMaterial;

/**
 * The auth and transport modes of the matrix: how the registry authenticates and how it is reached.
 */
enum AuthMode {
  BASIC_PLAIN_HTTP(false, RegistryTls.Kind.PLAIN_HTTP),
  BASIC_TLS(false, RegistryTls.Kind.CA_SIGNED),
  BASIC_MUTUAL_TLS(false, RegistryTls.Kind.MUTUAL),
  BASIC_SELF_SIGNED(false, RegistryTls.Kind.SELF_SIGNED),
  BEARER_PLAIN_HTTP(true, RegistryTls.Kind.PLAIN_HTTP),
  BEARER_TLS(true, RegistryTls.Kind.CA_SIGNED);

  private final boolean bearer;
  private final RegistryTls.Kind transport;

  AuthMode(boolean bearer, RegistryTls.Kind transport) {
    this.bearer = bearer;
    this.transport = transport;
  }

  /** Bearer tokens from a token service, else htpasswd Basic. */
  boolean bearer() {
    return bearer;
  }

  RegistryTls.Kind transport() {
    return transport;
  }

  RegistryTls registryTls(TlsMaterial material) {
    switch (transport) {
      case CA_SIGNED:
        return RegistryTls.caSigned(material);
      case MUTUAL:
        return RegistryTls.mutual(material);
      case SELF_SIGNED:
        return RegistryTls.selfSigned(material);
      default:
        return RegistryTls.none();
    }
  }
}
