package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.action.HelmEmulation;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code dependency update} of a v2 chart that still has requirements.yaml, whose {@code file://}
 * dependency carries requirements.yaml and requirements.lock: helm logs the chart's warning once
 * and the dependency's twice (its resolver and tarFromLocalDir each load it). The client's CLI must
 * print the same stdout and stderr. (Push and show are compared by ChartCorpusDifferentialTest,
 * corpus chart helm2-dependency-files.)
 */
class LoaderWarningParityIT {

  @ParameterizedTest
  @EnumSource(
      value = Tool.class,
      names = {"HELM3", "HELM4"})
  void dependencyUpdateLogsHelmsWarnings(Tool tool, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    Path byHelm = layout(work.resolve("by-helm"));
    Path byClient = layout(work.resolve("by-client"));

    HelmResult theirs = helm.run("dependency", "update", byHelm.toString());
    String[] ours =
        CliRun.runAll(
            "dependency",
            "update",
            byClient.toString(),
            "--helm-version",
            (tool == Tool.HELM4 ? HelmEmulation.HELM_4 : HelmEmulation.HELM_3).version());

    assertThat(theirs.stderr())
        .as("helm's own output, the premise")
        .contains("Warning: Dependencies are handled");
    assertThat("exit " + ours[0] + "\n" + ours[1] + "--- stderr\n" + ours[2])
        .isEqualTo(
            "exit "
                + theirs.exitCode()
                + "\n"
                + theirs.stdout()
                + "--- stderr\n"
                + theirs.stderr());
  }

  private static Path layout(Path root) throws IOException {
    Path parent = Files.createDirectories(root.resolve("parent/templates")).getParent();
    Files.writeString(
        parent.resolve("Chart.yaml"), "apiVersion: v2\nname: parent\nversion: 1.0.0\n");
    Files.writeString(
        parent.resolve("requirements.yaml"),
        "dependencies:\n- name: legacy\n  version: 0.3.0\n  repository: file://../legacy\n");
    Path legacy = Files.createDirectories(root.resolve("legacy/templates")).getParent();
    Files.writeString(
        legacy.resolve("Chart.yaml"), "apiVersion: v2\nname: legacy\nversion: 0.3.0\n");
    Files.writeString(legacy.resolve("requirements.yaml"), "dependencies: []\n");
    Files.writeString(legacy.resolve("requirements.lock"), "dependencies: []\ndigest: sha256:0\n");
    return parent;
  }
}
