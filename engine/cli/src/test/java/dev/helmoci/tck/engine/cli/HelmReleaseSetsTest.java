package dev.helmoci.tck.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmReleaseSetsTest {

  @Test
  void releasesPinnedDriversAndTheSetsOfVersionsEnvBecomeDriversInOrderWithoutRepeats(
      @TempDir Path home) throws Exception {
    Files.createDirectories(home.resolve("tools"));
    Files.writeString(
        home.resolve("tools/versions.env"),
        "HELM3_VERSION=v3.22.0\n"
            + "HELM_MATRIX_DEFAULT=\"v3.8.2 v3.9.4 v4.3.1\"\nHELM_MATRIX_CI=\"v3.8.2 v3.12.3\"\n");
    Map<String, String> env = Map.of("TCK_HOME", home.toString());
    assertThat(HelmReleaseSets.drivers(List.of("3.12.3", "v3.8.2", "helm4", "3.12.3"), env))
        .containsExactly("helm@3.12.3", "helm@3.8.2", "helm4");
    assertThat(HelmReleaseSets.drivers(List.of("default"), env))
        .containsExactly("helm@3.8.2", "helm@3.9.4", "helm@4.3.1");
    assertThat(HelmReleaseSets.drivers(List.of("ci"), env))
        .containsExactly("helm@3.8.2", "helm@3.12.3", "helm3", "helm4");
  }

  @Test
  void theShippedVersionsEnvNamesOneReleasePerMinorFrom38AndTheCiSet() throws Exception {
    // The real file, found from the module directory: a typo there would break `matrix --helm
    // default` in CI.
    List<String> drivers = HelmReleaseSets.drivers(List.of("default"), Map.of());
    assertThat(drivers)
        .startsWith("helm@3.8.2")
        .contains("helm@3.12.3", "helm@3.22.0", "helm@4.3.1");
    assertThat(drivers.stream().map(d -> d.replaceFirst("\\.\\d+$", "")).distinct())
        .hasSameSizeAs(drivers);
    assertThat(HelmReleaseSets.drivers(List.of("ci"), Map.of()))
        .contains("helm@3.8.2", "helm3", "helm4");
  }

  @Test
  void aBadItemIsRefusedNamingIt() {
    assertThatThrownBy(() -> HelmReleaseSets.drivers(List.of("3.x"), Map.of()))
        .hasMessageContaining("'3.x'");
  }
}
