package dev.helmoci.tck.authmatrix;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The auth and transport matrix: every {@link AuthMode} × registry (distribution 3 and 2.8, zot; as
 * processes) × driver (reference, helm 3, helm 4) runs the {@code authmatrix} suites through the
 * kit's external-target options, and every case has the outcome the mode calls for. Cells of one
 * mode and registry share one registry (a run id per driver keeps their repositories apart); it is
 * stopped when the next cell needs another.
 */
@Timeout(120)
class AuthMatrixIT {
  @TempDir static Path work;
  private static final RegistrySlot REGISTRY = new RegistrySlot();

  static Stream<Arguments> matrix() {
    List<Arguments> cells = new ArrayList<>();
    for (AuthMode mode : AuthMode.values()) {
      for (RegistryFlavor flavor : MatrixPeers.REGISTRIES) {
        for (String driver : MatrixPeers.DRIVERS) {
          cells.add(Arguments.of(mode, flavor, driver));
        }
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} / {1} / {2}")
  @MethodSource("matrix")
  void everyCaseHasTheOutcomeItsModeCallsFor(AuthMode mode, RegistryFlavor flavor, String driver) {
    MatrixPeers.require(flavor, driver);
    MatrixRegistry registry = REGISTRY.get(mode, flavor, work);
    Map<String, String> config = new LinkedHashMap<>(registry.target(MatrixRegistry.WRITER));
    config.put("helm-oci-tck.driver", driver);
    config.put("helm-oci-tck.run-id", RegistrySlot.runId(driver));
    config.put("helm-oci-tck.output.directory", work.resolve("output").toString());

    CaseResults results =
        SuiteLauncher.run(
            config,
            mode.bearer()
                ? List.of(SuiteLauncher.ROUNDTRIP, SuiteLauncher.PUBLIC_PULL)
                : List.of(SuiteLauncher.ROUNDTRIP));

    assertThat(results.containerErrors())
        .as("%s\nregistry log:\n%s", results, registry.logTail())
        .isEmpty();
    assertThat(results.outcomes())
        .as("%s\nregistry log:\n%s", results, registry.logTail())
        .isEqualTo(expected(mode, driver));
  }

  private static Map<String, String> expected(AuthMode mode, String driver) {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("auth-login", CaseResult.PASS);
    expected.put("auth-push-pull", CaseResult.PASS);
    expected.put("auth-dependency-update", CaseResult.PASS);
    // helm has no command that lists tags; the engine disables the case for it.
    expected.put("auth-tags", driver.equals("reference") ? CaseResult.PASS : CaseResult.DISABLED);
    if (mode.bearer()) {
      expected.put("auth-anonymous-public-pull", CaseResult.PASS);
    }
    return expected;
  }

  @AfterAll
  static void stopRegistry() {
    REGISTRY.stop();
  }
}
