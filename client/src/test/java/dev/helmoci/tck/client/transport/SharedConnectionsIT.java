package dev.helmoci.tck.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.registry.RegistryTls;
import dev.helmoci.tck.fixtures.tls.TlsMaterial;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients built one after another, as the engine's reference driver builds one per helm command,
 * reuse one keep-alive connection to a real registry when their options share a {@link
 * SharedConnections}; without it each client opens its own.
 */
class SharedConnectionsIT {
  @TempDir Path dir;

  @Test
  void freshClientsReuseOneConnection() throws Exception {
    RegistryLauncher launcher =
        RegistryLauncher.of(RegistryFlavor.DISTRIBUTION_3, RegistryLauncher.Mode.PROCESS);
    Optional<String> why = launcher.unavailableReason();
    PeerCheck.require(why.isEmpty(), "DISTRIBUTION_3_PROCESS", why.orElse(""));
    try (EmbeddedRegistry registry = launcher.start()) {
      SharedConnections shared = SharedConnections.create(4);
      TransportOptions options =
          TransportOptions.builder().plainHttp(true).sharedConnections(shared).build();
      for (int call = 0; call < 5; call++) {
        RegistryClient.builder(registry.hostPort()).transportOptions(options).build().ping();
      }
      assertThat(shared.connectionCount()).isEqualTo(1);

      SharedConnections other = SharedConnections.create(4);
      RegistryClient.builder(registry.hostPort())
          .transportOptions(options.toBuilder().sharedConnections(other).build())
          .build()
          .ping();
      assertThat(other.connectionCount())
          .as("a pool of its own opens its own connection")
          .isEqualTo(1);
      assertThat(shared.connectionCount()).isEqualTo(1);
      shared.evictAll();
      assertThat(shared.connectionCount()).isZero();
    }
  }

  @Test
  void freshTlsClientsReuseOneConnectionWhileTheirCertificatesStayTheSame() throws Exception {
    TlsMaterial tls = TlsMaterial.generate(dir);
    RegistryLauncher launcher =
        RequiredPeers.registry(RegistryFlavor.DISTRIBUTION_3, RegistryLauncher.Mode.PROCESS);
    try (EmbeddedRegistry registry = launcher.tls(RegistryTls.mutual(tls)).start()) {
      SharedConnections shared = SharedConnections.create(4);
      TransportOptions options =
          TransportOptions.builder()
              .caFile(tls.caCert())
              .clientCertificate(tls.clientCert(), tls.clientKey())
              .sharedConnections(shared)
              .build();
      for (int call = 0; call < 5; call++) {
        RegistryClient.builder(registry.hostPort()).transportOptions(options).build().ping();
      }
      assertThat(shared.connectionCount()).isEqualTo(1);

      // Other TLS options (here: no client certificate, which this registry refuses) are another
      // socket factory, so never a connection made with the certificate.
      TransportOptions anonymous =
          TransportOptions.builder()
              .caFile(tls.caCert())
              .retryPolicy(RetryPolicy.NONE)
              .sharedConnections(shared)
              .build();
      assertThatThrownBy(
              () ->
                  RegistryClient.builder(registry.hostPort())
                      .transportOptions(anonymous)
                      .build()
                      .ping())
          .isInstanceOf(IOException.class);
    }
  }
}
