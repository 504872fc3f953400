package dev.helmoci.tck.engine.embedded;

import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.engine.target.TlsOptions;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryTls;
import java.net.URI;
import java.util.Optional;

/**
 * A started embedded registry as a target; closing it stops the registry, its token service and TLS
 * material.
 */
final class EmbeddedTarget implements Target {

  private final EmbeddedRegistry registry;
  private final Optional<Credentials> credentials;
  private final EmbeddedSecurity security;

  EmbeddedTarget(
      EmbeddedRegistry registry, Optional<Credentials> credentials, EmbeddedSecurity security) {
    this.registry = registry;
    this.credentials = credentials;
    this.security = security;
  }

  @Override
  public URI baseUrl() {
    return registry.baseUrl();
  }

  @Override
  public String registry() {
    return registry.hostPort();
  }

  @Override
  public Optional<Credentials> credentials() {
    return credentials;
  }

  /**
   * The flags Helm needs in the registry's mode; a self-signed registry is reached by skipping
   * verification.
   */
  @Override
  public TlsOptions tls() {
    RegistryTls tls = registry.tls();
    if (tls.kind() == RegistryTls.Kind.SELF_SIGNED) {
      return new TlsOptions(Optional.empty(), true, false);
    }
    Optional<TlsOptions.ClientCertificate> client =
        tls.clientCertFile()
            .map(cert -> new TlsOptions.ClientCertificate(cert, tls.clientKeyFile().orElseThrow()));
    return new TlsOptions(tls.trustAnchorFile(), false, registry.plainHttp(), client);
  }

  @Override
  public void close() {
    try {
      registry.close();
    } finally {
      security.close();
    }
  }

  @Override
  public String description() {
    return "embedded " + registry.description();
  }

  @Override
  public String toString() {
    return registry.description() + " (" + security + ")";
  }
}
