package dev.helmoci.tck.authmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.auth.Misbehaviour;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
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
 * Token scopes through the suites, per registry × driver in bearer mode: a read-only account's push
 * is refused (the suite expects that and passes), and when the token service hands out pull-only
 * tokens the roundtrip suite's push case fails, so the suites catch a scope bug instead of passing
 * over it.
 */
@Timeout(120)
class BearerScopeIT {
  @TempDir static Path work;
  private static final RegistrySlot REGISTRY = new RegistrySlot();

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (RegistryFlavor flavor : MatrixPeers.REGISTRIES) {
      for (String driver : MatrixPeers.DRIVERS) {
        cells.add(Arguments.of(flavor, driver));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("cells")
  void readOnlyAccountIsDeniedPush(RegistryFlavor flavor, String driver) {
    MatrixPeers.require(flavor, driver);
    MatrixRegistry registry = REGISTRY.get(AuthMode.BEARER_PLAIN_HTTP, flavor, work);

    CaseResults results =
        SuiteLauncher.run(
            config(registry, MatrixRegistry.READER, driver, "ro"),
            List.of(SuiteLauncher.READ_ONLY));

    assertThat(results.containerErrors()).as("%s", results).isEmpty();
    assertThat(results.outcomes())
        .as("%s\nregistry log:\n%s", results, registry.logTail())
        .isEqualTo(Map.of("auth-read-only-push-denied", CaseResult.PASS));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("cells")
  void pullOnlyTokensMakeThePushCaseFail(RegistryFlavor flavor, String driver) {
    MatrixPeers.require(flavor, driver);
    MatrixRegistry registry = REGISTRY.get(AuthMode.BEARER_PLAIN_HTTP, flavor, work);
    registry.tokens().misbehave(Misbehaviour.PULL_ONLY_TOKENS);
    registry.tokens().clearRequests();
    CaseResults results;
    try {
      results =
          SuiteLauncher.run(
              config(registry, MatrixRegistry.WRITER, driver, "po"),
              List.of(SuiteLauncher.ROUNDTRIP));
    } finally {
      registry.tokens().misbehave();
    }

    assertThat(results.containerErrors()).as("%s", results).isEmpty();
    assertThat(results.get("auth-login").outcome()).as("%s", results).isEqualTo(CaseResult.PASS);
    CaseResult push = results.get("auth-push-pull");
    assertThat(push.outcome()).as("%s", results).isEqualTo(CaseResult.FAIL);
    // The failure names the push step and the registry's refusal of the upload.
    assertThat(push.message()).contains("'push'").containsPattern("401|unauthorized|denied");
    assertThat(results.get("auth-dependency-update").outcome()).isEqualTo(CaseResult.BLOCKED);
    assertThat(registry.tokens().requests())
        .as("the push scope was asked for and not granted")
        .anySatisfy(
            request -> assertThat(request.scopes()).anyMatch(scope -> scope.endsWith(":pull,push")))
        .allSatisfy(request -> assertThat(request.granted().toString()).doesNotContain("push"));
  }

  private static Map<String, String> config(
      MatrixRegistry registry, String account, String driver, String run) {
    Map<String, String> config = new LinkedHashMap<>(registry.target(account));
    config.put("helm-oci-tck.driver", driver);
    config.put("helm-oci-tck.run-id", RegistrySlot.runId(driver) + "-" + run);
    config.put("helm-oci-tck.output.directory", work.resolve("output").toString());
    return config;
  }

  @AfterAll
  static void stopRegistry() {
    REGISTRY.stop();
  }
}
