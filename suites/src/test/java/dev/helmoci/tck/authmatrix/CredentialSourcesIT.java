package dev.helmoci.tck.authmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials without {@code helm registry login}: the target is configured with no user at all,
 * and each driver gets only a Docker config ({@code helm-oci-tck.driver.docker-config}) holding the
 * password in {@code auths}, or naming a {@code docker-credential-*} helper. Push and pull must
 * work in Basic and Bearer modes.
 */
@Timeout(120)
class CredentialSourcesIT {
  private static final String HELPER_DIRECTORY_PROPERTY = "tck.credential-helpers";
  @TempDir static Path work;
  private static final RegistrySlot REGISTRY = new RegistrySlot();

  enum Source {
    AUTHS,
    HELPER
  }

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (AuthMode mode : List.of(AuthMode.BASIC_PLAIN_HTTP, AuthMode.BEARER_PLAIN_HTTP)) {
      for (RegistryFlavor flavor : MatrixPeers.REGISTRIES) {
        for (String driver : MatrixPeers.DRIVERS) {
          for (Source source : Source.values()) {
            cells.add(Arguments.of(mode, flavor, driver, source));
          }
        }
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} / {1} / {2} / {3}")
  @MethodSource("cells")
  void pushAndPullUseTheDockerConfig(
      AuthMode mode, RegistryFlavor flavor, String driver, Source source) throws Exception {
    MatrixPeers.require(flavor, driver);
    MatrixRegistry registry = REGISTRY.get(mode, flavor, work);
    String cell = mode + "-" + flavor + "-" + driver + "-" + source;
    String password = registry.password(MatrixRegistry.WRITER);
    DockerCredentials docker;
    if (source == Source.AUTHS) {
      docker =
          DockerCredentials.auths(
              work.resolve(cell), registry.hostPort(), MatrixRegistry.WRITER, password);
    } else {
      String bin = System.getProperty(HELPER_DIRECTORY_PROPERTY);
      PeerCheck.require(
          bin != null,
          "CREDENTIAL_HELPERS",
          HELPER_DIRECTORY_PROPERTY + " unset: the helper directory must be on PATH (see pom)");
      docker =
          DockerCredentials.helper(
              work.resolve(cell),
              Path.of(bin),
              "tck-matrix",
              registry.hostPort(),
              MatrixRegistry.WRITER,
              password);
    }
    Map<String, String> config = new LinkedHashMap<>(registry.target(MatrixRegistry.WRITER));
    config.remove("helm-oci-tck.target.username");
    config.remove("helm-oci-tck.target.password");
    config.put("helm-oci-tck.driver.docker-config", docker.directory().toString());
    config.put("helm-oci-tck.driver", driver);
    config.put(
        "helm-oci-tck.run-id", RegistrySlot.runId(driver) + "-" + source.name().toLowerCase());
    config.put("helm-oci-tck.output.directory", work.resolve("output").toString());

    CaseResults results = SuiteLauncher.run(config, List.of(SuiteLauncher.DOCKER_CONFIG));

    assertThat(results.containerErrors()).as("%s", results).isEmpty();
    assertThat(results.outcomes())
        .as("%s\nregistry log:\n%s", results, registry.logTail())
        .isEqualTo(Map.of("auth-docker-config-push-pull", CaseResult.PASS));
    if (source == Source.HELPER) {
      assertThat(docker.helperCalls())
          .as("calls of docker-credential-tck-matrix")
          .isNotEmpty()
          .allSatisfy(call -> assertThat(call).isEqualTo("get " + registry.hostPort()));
    }
  }

  @AfterAll
  static void stopRegistry() {
    REGISTRY.stop();
  }
}
