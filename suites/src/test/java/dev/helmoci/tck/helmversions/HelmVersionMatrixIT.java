package dev.helmoci.tck.helmversions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.engine.cli.TckCli;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.HelmRelease;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.Tools;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI's Helm-version matrix: {@code helm-oci-tck matrix --helm ci} (3.8.2, 3.12.3, the pinned 3.x
 * and 4.x) against zot and distribution 3, on a case selection small enough for CI's budget (about
 * two minutes) that still crosses every range boundary CI can prove: the shortest helm path, pushes
 * whose manifest changed across releases, the tag and digest references old releases refuse, and
 * the wording cases of each major line.
 */
class HelmVersionMatrixIT {
  /** The CI matrix's case selection. */
  static final List<String> CASES =
      List.of(
          "smoke-push-pull",
          "push-manifest-shape",
          "long-annotation-values",
          "push-remote-with-tag-refused",
          "pull-tag-in-reference",
          "pull-by-digest",
          "install-by-digest-locates",
          "digest-version-mismatch",
          "index-pull",
          "no-matching-version-helm3",
          "helm4-no-matching-version");

  @Test
  void theMatrixRunsEveryCiReleaseAgainstZotAndDistributionAndSaysWhatEachReleaseChanges(
      @TempDir Path reports) throws Exception {
    for (RegistryFlavor flavor : List.of(RegistryFlavor.ZOT, RegistryFlavor.DISTRIBUTION_3)) {
      var why = RegistryLauncher.of(flavor, RegistryLauncher.Mode.PROCESS).unavailableReason();
      PeerCheck.require(why.isEmpty(), flavor.name() + "_PROCESS", why.orElse(""));
    }
    KitRuns.requireRelease(HelmRelease.parse("3.8.2"));
    KitRuns.requireRelease(HelmRelease.parse("3.12.3"));
    for (Tool tool : List.of(Tool.HELM3, Tool.HELM4)) {
      PeerCheck.require(
          Tools.fromEnvironment().find(tool).isPresent(), tool.name(), tool + " not provisioned");
    }
    List<String> args =
        new ArrayList<>(
            List.of(
                "matrix",
                "--helm",
                "ci",
                "--embedded",
                "zot,distribution-3",
                "--reports",
                reports.toString()));
    CASES.forEach(c -> args.addAll(List.of("--case", c)));
    long started = System.nanoTime();
    Map.Entry<Integer, String> run = KitRuns.cli(args);
    System.out.printf(
        "helm-version matrix: %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    assertThat(run.getKey()).as(run.getValue()).isIn(TckCli.PASSED, TckCli.FAILED);

    JsonNode matrix = new ObjectMapper().readTree(reports.resolve("matrix.json").toFile());
    List<String> columns = new ArrayList<>();
    matrix.path("columns").forEach(c -> columns.add(c.path("driver").asText()));
    assertThat(columns)
        .hasSize(8)
        .contains(
            "helm@3.8.2 (Helm 3.8.2)",
            "helm@3.12.3 (Helm 3.12.3)",
            "helm3 (Helm 3.22.0)",
            "helm4 (Helm 4.3.1)");
    assertThat(Files.readString(reports.resolve("matrix.md")))
        .contains("| feature |", "helm@3.8.2 (Helm 3.8.2)");
    assertThat(Files.readString(reports.resolve("matrix.html"))).contains("<table id=\"matrix\"");

    for (String registry : List.of("zot", "distribution-3")) {
      Map<String, List<String>> oldest = outcomes(reports, registry, "helm-3.8.2");
      Map<String, List<String>> between = outcomes(reports, registry, "helm-3.12.3");
      Map<String, List<String>> pinned3 = outcomes(reports, registry, "helm3");
      Map<String, List<String>> pinned4 = outcomes(reports, registry, "helm4");
      // Every release pushes and pulls on both registries: a column that did not run its helm would
      // not.
      for (Map<String, List<String>> column : List.of(oldest, between, pinned3, pinned4)) {
        assertThat(column.get("smoke-push-pull").get(0))
            .as(registry + ": " + column.get("smoke-push-pull"))
            .isEqualTo("pass");
      }
      // What the releases change in the verdict: old releases are disabled where they predate the
      // feature,
      // with the range as the reason, never failed for it.
      for (String id : List.of("pull-tag-in-reference", "pull-by-digest", "push-manifest-shape")) {
        assertThat(between.get(id).get(0))
            .as(registry + " 3.12.3 " + id + ": " + between.get(id))
            .isEqualTo("disabled");
        assertThat(between.get(id).get(1)).contains("case needs Helm");
        assertThat(pinned3.get(id).get(0)).as(registry + " 3.22.0 " + id).isEqualTo("pass");
      }
      assertThat(oldest.get("long-annotation-values").get(0)).isEqualTo("disabled");
      assertThat(between.get("long-annotation-values").get(0)).isEqualTo("pass");
      assertThat(pinned3.get("helm4-no-matching-version").get(0)).isEqualTo("disabled");
      assertThat(pinned4.get("no-matching-version-helm3").get(0)).isEqualTo("disabled");
    }
  }

  private static Map<String, List<String>> outcomes(Path reports, String registry, String driver)
      throws Exception {
    return KitRuns.outcomes(reports.resolve(registry).resolve(driver).resolve("results.json"));
  }
}
