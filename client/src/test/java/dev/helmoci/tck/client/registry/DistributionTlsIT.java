package dev.helmoci.tck.client.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.transport.RetryPolicy;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.registry.RegistryTls;
import dev.helmoci.tck.fixtures.tls.TlsMaterial;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.io.IOException;
import java.nio.file.Path;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Helm's TLS flags against a real distribution registry serving HTTPS. */
class DistributionTlsIT {
  @TempDir Path dir;

  @Test
  void caFileReplacesSystemRoots() throws Exception {
    TlsMaterial tls = TlsMaterial.generate(dir);
    try (EmbeddedRegistry registry = launcher().tls(RegistryTls.caSigned(tls)).start()) {
      client(registry, TransportOptions.builder().caFile(tls.caCert())).ping();
      assertThatThrownBy(() -> client(registry, TransportOptions.builder()).ping())
          .isInstanceOf(SSLException.class);
    }
  }

  @Test
  void clientCertificateForMutualTls() throws Exception {
    TlsMaterial tls = TlsMaterial.generate(dir);
    try (EmbeddedRegistry registry = launcher().tls(RegistryTls.mutual(tls)).start()) {
      client(
              registry,
              TransportOptions.builder()
                  .caFile(tls.caCert())
                  .clientCertificate(tls.clientCert(), tls.clientKey()))
          .ping();
      assertThatThrownBy(
              () -> client(registry, TransportOptions.builder().caFile(tls.caCert())).ping())
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void insecureSkipVerifyAcceptsSelfSigned() throws Exception {
    TlsMaterial tls = TlsMaterial.generate(dir);
    try (EmbeddedRegistry registry = launcher().tls(RegistryTls.selfSigned(tls)).start()) {
      client(registry, TransportOptions.builder().insecureSkipTlsVerify(true)).ping();
      assertThat(registry.baseUrl().getScheme()).isEqualTo("https");
    }
  }

  private static RegistryLauncher launcher() {
    return RequiredPeers.registry(RegistryFlavor.DISTRIBUTION_2, RegistryLauncher.Mode.PROCESS);
  }

  private static RegistryClient client(EmbeddedRegistry registry, TransportOptions.Builder options)
      throws IOException {
    return RegistryClient.builder(registry.hostPort())
        .transportOptions(options.retryPolicy(RetryPolicy.NONE).build())
        .build();
  }
}
