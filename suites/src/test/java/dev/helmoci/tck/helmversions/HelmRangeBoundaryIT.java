package dev.helmoci.tck.helmversions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.HelmRelease;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code helm:} range the suites use, proven by real helm on both sides of its boundary: run
 * with the range ignored, the case fails (or warns) through the release outside and passes through
 * the release inside; run as usual, the release outside is {@code disabled} with the range as its
 * reason. CI builds 3.8.2 and 3.12.3 beside the pinned 3.22.0 and 4.3.1, so CI proves each boundary
 * lies between those; the rows with the neighbouring releases pin it to one minor where those are
 * provisioned ({@code ./tck provision helm 3.11.3 3.13.3 3.16.4 3.17.4 3.18.6 3.19.5 3.20.0 3.20.1
 * 3.20.2 4.0.5 4.1.1 4.1.3}), and skip with that command otherwise.
 */
class HelmRangeBoundaryIT {

  static Stream<Arguments> boundaries() {
    return Stream.of(
        // org.opencontainers.image.created in the pushed manifest: 3.13.0.
        row("push-manifest-shape", "3.12.3", "3.22.0"),
        row("push-manifest-shape", "3.12.3", "3.13.3"),
        // Chart.yaml annotations in the manifest: 3.12.0.
        row("long-annotation-values", "3.8.2", "3.12.3"),
        row("long-annotation-values", "3.11.3", "3.12.3"),
        // Tag and digest references (oci://repo:tag, repo@sha256:…): 3.17.0.
        row("pull-tag-in-reference", "3.12.3", "3.22.0"),
        row("pull-tag-in-reference", "3.16.4", "3.17.4"),
        row("pull-by-digest", "3.12.3", "3.22.0"),
        row("pull-by-digest", "3.16.4", "3.17.4"),
        row("install-by-digest-locates", "3.12.3", "3.22.0"),
        row("install-by-digest-locates", "3.16.4", "3.17.4"),
        // A digest with another --version is refused: after 3.18.6, by 3.20.2 (3.19 not measured).
        row("digest-version-mismatch", "3.12.3", "3.22.0"),
        row("digest-version-mismatch", "3.18.6", "3.20.2"),
        row("digest-version-mismatch", "3.19.5", "3.20.0"),
        // An index root: lost in 3.18 (oras-go v2), back by 3.20.2 (3.19 not measured).
        row("index-pull", "3.18.6", "3.17.4"),
        row("index-pull", "3.18.6", "3.20.2"),
        row("index-pull", "3.19.5", "3.20.1"),
        row("index-pull", "3.20.0", "3.20.1"),
        // helm 4 pulls an index from 4.1.3 (4.1.1 cannot; the module proxy does not serve 4.1.2).
        row("helm4-index-pull", "4.0.5", "4.3.1"),
        row("helm4-index-pull", "4.1.1", "4.1.3"),
        // The major lines: wording of the tag-resolution errors.
        row("no-matching-version-helm3", "4.3.1", "3.22.0"),
        row("no-semver-tags-helm3", "4.3.1", "3.22.0"),
        row("helm4-no-matching-version", "3.22.0", "4.3.1"),
        row("helm4-no-semver-tags", "3.22.0", "4.3.1"));
  }

  private static Arguments row(String id, String outside, String inside) {
    return Arguments.of(id, HelmRelease.parse(outside), HelmRelease.parse(inside));
  }

  /**
   * One run per (release, ranges kept or ignored) of every case in the table, shared by the rows.
   */
  private static final Map<String, Map<String, List<String>>> RUNS = new ConcurrentHashMap<>();

  private static Path reports;

  @BeforeAll
  static void registry() throws Exception {
    var why =
        RegistryLauncher.of(RegistryFlavor.DISTRIBUTION_3, RegistryLauncher.Mode.PROCESS)
            .unavailableReason();
    PeerCheck.require(why.isEmpty(), "DISTRIBUTION_3_PROCESS", why.orElse(""));
    reports = Files.createTempDirectory("helm-range-boundaries-");
  }

  @AfterAll
  static void removeReports() throws Exception {
    if (reports != null) {
      try (Stream<Path> files = Files.walk(reports)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static List<String> outcome(String id, HelmRelease release, boolean ignoreRanges)
      throws Exception {
    String key = release + (ignoreRanges ? "-ignored" : "-kept");
    Map<String, List<String>> run = RUNS.get(key);
    if (run == null) {
      List<String> ids = boundaries().map(a -> (String) a.get()[0]).distinct().toList();
      run =
          KitRuns.run("helm@" + release, "distribution-3", ids, reports.resolve(key), ignoreRanges);
      RUNS.put(key, run);
    }
    return run.get(id);
  }

  @ParameterizedTest(name = "{0}: helm {1} outside, {2} inside")
  @MethodSource("boundaries")
  void theCaseFailsOutsideItsRangePassesInsideAndIsDisabledOutside(
      String id, HelmRelease outside, HelmRelease inside) throws Exception {
    KitRuns.requireRelease(outside);
    KitRuns.requireRelease(inside);
    List<String> out = outcome(id, outside, true);
    assertThat(out.get(0))
        .as("%s through helm %s, range ignored: %s", id, outside, out)
        .isIn("fail", "warn");
    List<String> in = outcome(id, inside, true);
    assertThat(in.get(0)).as("%s through helm %s: %s", id, inside, in).isEqualTo("pass");
    List<String> disabled = outcome(id, outside, false);
    assertThat(disabled.get(0))
        .as("%s through helm %s, range kept", id, outside)
        .isEqualTo("disabled");
    assertThat(disabled.get(1)).contains("case needs Helm", "is Helm " + outside);
  }
}
