package dev.helmoci.tck.authmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The embedded target started by the kit itself in other auth and transport modes ({@code
 * helm-oci-tck.target.embedded.auth} and {@code .tls}): the engine starts the token service and TLS
 * material and hands the drivers the matching flags, so the roundtrip suite passes.
 */
@Timeout(120)
class EmbeddedModesIT {

  @ParameterizedTest(name = "{0} / {1} / {2} / {3}")
  @CsvSource({
    "bearer, mtls, distribution-3, reference",
    "bearer, tls, distribution-2, helm3",
    "basic, self-signed, distribution-3, helm4",
    "bearer, self-signed, distribution-2, reference",
    "bearer, mtls, zot, helm3",
    "basic, mtls, zot, reference",
    "bearer, self-signed, zot, helm4",
    "basic, tls, zot, helm3"
  })
  void roundtripPassesAgainstTheEmbeddedRegistryInThatMode(
      String auth, String tls, String registry, String driver, @TempDir Path work) {
    MatrixPeers.require(flavor(registry), driver);

    CaseResults results =
        SuiteLauncher.run(
            Map.of(
                "helm-oci-tck.target.provider",
                "embedded",
                "helm-oci-tck.target.embedded.registry",
                registry + ":process",
                "helm-oci-tck.target.embedded.auth",
                auth,
                "helm-oci-tck.target.embedded.tls",
                tls,
                "helm-oci-tck.driver",
                driver,
                "helm-oci-tck.output.directory",
                work.toString()),
            List.of(SuiteLauncher.ROUNDTRIP));

    assertThat(results.containerErrors()).as("%s", results).isEmpty();
    assertThat(results.outcomes())
        .as("%s", results)
        .isEqualTo(
            Map.of(
                "auth-login", CaseResult.PASS,
                "auth-push-pull", CaseResult.PASS,
                "auth-dependency-update", CaseResult.PASS,
                "auth-tags", driver.equals("reference") ? CaseResult.PASS : CaseResult.DISABLED));
  }

  private static RegistryFlavor flavor(String registry) {
    return switch (registry) {
      case "zot" -> RegistryFlavor.ZOT;
      case "distribution-3" -> RegistryFlavor.DISTRIBUTION_3;
      default -> RegistryFlavor.DISTRIBUTION_2;
    };
  }
}
