package dev.helmoci.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.TlsOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target options for external registries: client certificate, token, embedded auth and
 * transport modes.
 */
class TargetOptionsConfigurationTest {
  private static final String TOKEN = "tok-3f9a1c";

  @Test
  void aTokenFromTheEnvironmentIsThePasswordOfTheUser() {
    TckConfiguration configuration =
        configuration(
            Map.of(Constants.TARGET_USERNAME_PROPERTY_NAME, "robot"), Map.of("OCI_TOKEN", TOKEN));

    assertThat(configuration.problems()).isEmpty();
    assertThat(configuration.runSettings().target().credentials())
        .contains(new Credentials("robot", TOKEN));
  }

  @Test
  void aTokenNeedsAUserAndExcludesAPasswordWithoutNamingItsValue() {
    assertThat(
            configuration(Map.of(Constants.TARGET_TOKEN_PROPERTY_NAME, TOKEN), Map.of()).problems())
        .containsExactly(
            "helm-oci-tck.target.token needs helm-oci-tck.target.username: registries take a"
                + " token as the password of a user name");
    assertThat(
            configuration(
                    Map.of(
                        Constants.TARGET_USERNAME_PROPERTY_NAME,
                        "robot",
                        Constants.TARGET_PASSWORD_PROPERTY_NAME,
                        "pw-77"),
                    Map.of("OCI_TOKEN", TOKEN))
                .problems())
        .singleElement()
        .asString()
        .contains("are both set")
        .doesNotContain(TOKEN)
        .doesNotContain("pw-77");
  }

  @Test
  void aClientCertificateIsAPairOfExistingFiles(@TempDir Path dir) throws Exception {
    Path cert = Files.writeString(dir.resolve("client.crt"), "cert");
    Path key = Files.writeString(dir.resolve("client.key"), "key");

    TckConfiguration both =
        configuration(
            Map.of(
                Constants.TARGET_CLIENT_CERT_FILE_PROPERTY_NAME,
                cert.toString(),
                Constants.TARGET_CLIENT_KEY_FILE_PROPERTY_NAME,
                key.toString()),
            Map.of());
    assertThat(both.problems()).isEmpty();
    assertThat(both.runSettings().target().tls().clientCertificate())
        .contains(new TlsOptions.ClientCertificate(cert, key));

    assertThat(
            configuration(
                    Map.of(Constants.TARGET_CLIENT_CERT_FILE_PROPERTY_NAME, cert.toString()),
                    Map.of())
                .problems())
        .containsExactly(
            "helm-oci-tck.target.client-cert-file and"
                + " helm-oci-tck.target.client-key-file must be set together");
    assertThat(
            configuration(
                    Map.of(
                        Constants.TARGET_CLIENT_CERT_FILE_PROPERTY_NAME,
                        cert.toString(),
                        Constants.TARGET_CLIENT_KEY_FILE_PROPERTY_NAME,
                        dir.resolve("absent.key").toString()),
                    Map.of())
                .problems())
        .contains(
            "helm-oci-tck.target.client-key-file names no file: " + dir.resolve("absent.key"));
  }

  @Test
  void embeddedModesAreCheckedAtDiscovery() {
    assertThat(
            configuration(
                    Map.of(
                        Constants.TARGET_EMBEDDED_AUTH_PROPERTY_NAME,
                        "kerberos",
                        Constants.TARGET_EMBEDDED_TLS_PROPERTY_NAME,
                        "ssl"),
                    Map.of())
                .problems())
        .containsExactlyInAnyOrder(
            "helm-oci-tck.target.embedded.auth must be one of basic, bearer, none, was 'kerberos'",
            "helm-oci-tck.target.embedded.tls must be one of plain, tls, mtls, self-signed, was 'ssl'");
    assertThat(
            configuration(
                    Map.of(
                        Constants.TARGET_EMBEDDED_AUTH_PROPERTY_NAME,
                        "bearer",
                        Constants.TARGET_EMBEDDED_TLS_PROPERTY_NAME,
                        "self-signed"),
                    Map.of())
                .problems())
        .isEmpty();
  }

  @Test
  void aDockerConfigIsADirectoryWithAConfigJson(@TempDir Path dir) throws Exception {
    assertThat(
            configuration(
                    Map.of(Constants.DRIVER_DOCKER_CONFIG_PROPERTY_NAME, dir.toString()), Map.of())
                .problems())
        .containsExactly(
            "helm-oci-tck.driver.docker-config must be a directory with a"
                + " config.json, was '"
                + dir
                + "'");
    Files.writeString(dir.resolve("config.json"), "{}");
    assertThat(
            configuration(
                    Map.of(Constants.DRIVER_DOCKER_CONFIG_PROPERTY_NAME, dir.toString()), Map.of())
                .problems())
        .isEmpty();
  }

  private static TckConfiguration configuration(
      Map<String, String> parameters, Map<String, String> environment) {
    return MapConfigurationParameters.configuration(parameters, environment);
  }
}
