package dev.helmoci.tck.engine.driver.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.engine.target.TlsOptions;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransportFlagsTest {

  @Test
  void mutualTlsPassesTheCaAndTheClientCertificatePair() {
    TransportFlags flags =
        new TransportFlags(
            new TlsOptions(
                Optional.of(Path.of("/t/ca.crt")),
                false,
                false,
                Optional.of(
                    new TlsOptions.ClientCertificate(
                        Path.of("/t/client.crt"), Path.of("/t/client.key")))));

    assertThat(flags.common())
        .containsExactly(
            "--ca-file",
            "/t/ca.crt",
            "--cert-file",
            "/t/client.crt",
            "--key-file",
            "/t/client.key");
    assertThat(flags.login()).isEqualTo(flags.common());
  }

  @Test
  void loginSpellsSkipVerifyInsecure() {
    TransportFlags flags = new TransportFlags(new TlsOptions(Optional.empty(), true, false));

    assertThat(flags.common()).containsExactly("--insecure-skip-tls-verify");
    assertThat(flags.login()).containsExactly("--insecure");
  }

  @Test
  void plainHttpIsOneFlag() {
    assertThat(new TransportFlags(new TlsOptions(Optional.empty(), false, true)).common())
        .containsExactly("--plain-http");
  }
}
