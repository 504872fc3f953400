package dev.helmoci.tck.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key encodings Go's {@code tls.X509KeyPair} accepts, produced by the real openssl CLI. */
class PemMaterialTest {
  @TempDir Path dir;

  @Test
  void readsPkcs1Sec1AndPkcs8Keys() throws Exception {
    Path rsa1 = openssl("rsa1.pem", "genrsa", "-traditional", "-out", "rsa1.pem", "2048");
    Path ec =
        openssl("ec.pem", "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ec.pem");
    Path pk8 =
        openssl(
            "pk8.pem",
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-out",
            "pk8.pem");

    assertThat(Files.readString(rsa1)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    assertThat(Files.readString(ec)).startsWith("-----BEGIN EC PRIVATE KEY-----");
    assertThat(PemMaterial.privateKey(rsa1).getAlgorithm()).isEqualTo("RSA");
    assertThat(PemMaterial.privateKey(ec).getAlgorithm()).isEqualTo("EC");
    assertThat(PemMaterial.privateKey(pk8).getAlgorithm()).isEqualTo("EC");
  }

  @Test
  void readsCertificatesAndNamesTheFileOnFailure() throws Exception {
    openssl("key.pem", "genrsa", "-out", "key.pem", "2048");
    Path cert =
        openssl(
            "cert.pem",
            "req",
            "-x509",
            "-new",
            "-key",
            "key.pem",
            "-subj",
            "/CN=test",
            "-days",
            "1",
            "-out",
            "cert.pem");
    assertThat(PemMaterial.certificates(cert)).hasSize(1);
    Path empty = Files.writeString(dir.resolve("empty.pem"), "nothing here");
    assertThatThrownBy(() -> PemMaterial.privateKey(empty))
        .hasMessage("no PEM private key found in " + empty);
    assertThatThrownBy(() -> PemMaterial.certificates(empty))
        .hasMessage("no PEM certificate found in " + empty);
  }

  private Path openssl(String output, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("openssl.log").toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("openssl.log"))).isZero();
    return dir.resolve(output);
  }
}
