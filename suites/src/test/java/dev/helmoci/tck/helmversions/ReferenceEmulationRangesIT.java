package dev.helmoci.tck.helmversions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.HelmRelease;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference client emulating a release ({@code helm-oci-tck.driver.reference.helm-version})
 * stands in for that release: on the CI matrix's cases it ends each case as real helm of that
 * release does, disabled where the release is outside the case's range. One release before 3.18
 * (oras-go v1) and the pinned one after it.
 */
class ReferenceEmulationRangesIT {

  @ParameterizedTest(name = "helm {0}")
  @ValueSource(strings = {"3.12.3", "3.22.0"})
  void theReferenceClientEmulatingAReleaseEndsEveryCaseAsThatRelease(
      String version, @TempDir Path reports) throws Exception {
    var why =
        RegistryLauncher.of(RegistryFlavor.DISTRIBUTION_3, RegistryLauncher.Mode.PROCESS)
            .unavailableReason();
    PeerCheck.require(why.isEmpty(), "DISTRIBUTION_3_PROCESS", why.orElse(""));
    HelmRelease release = HelmRelease.parse(version);
    KitRuns.requireRelease(release);
    Map<String, String> byHelm =
        outcomes(
            KitRuns.run(
                "helm@" + release,
                "distribution-3",
                HelmVersionMatrixIT.CASES,
                reports.resolve("helm"),
                false));
    Map<String, String> byReference =
        outcomes(
            KitRuns.run(
                "reference",
                "distribution-3",
                HelmVersionMatrixIT.CASES,
                reports.resolve("reference"),
                false,
                "helm-oci-tck.driver.reference.helm-version=" + release));
    assertThat(byHelm).hasSize(HelmVersionMatrixIT.CASES.size());
    assertThat(byReference).isEqualTo(byHelm);
  }

  private static Map<String, String> outcomes(Map<String, List<String>> run) {
    Map<String, String> outcomes = new TreeMap<>();
    run.forEach((id, result) -> outcomes.put(id, result.get(0)));
    return outcomes;
  }
}
