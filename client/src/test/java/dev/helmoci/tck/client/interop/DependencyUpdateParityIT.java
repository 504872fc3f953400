package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code dependency update} with oci:// dependencies (an exact version, a range, build metadata)
 * downloads the same archives and writes the same Chart.lock (but its time) as real helm.
 */
class DependencyUpdateParityIT {

  @ParameterizedTest
  @EnumSource(
      value = Tool.class,
      names = {"HELM3", "HELM4"})
  void sameChartsAndLockAsHelm(Tool tool, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    ByteArrayOutputStream ourOutput = new ByteArrayOutputStream();
    HelmOciClient client = RealPeers.client(tool, work.resolve("home"), ourOutput);
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      String repo = "oci://" + registry.hostPort() + "/deps";
      for (String[] sub :
          new String[][] {
            {"alpha", "1.0.0"},
            {"alpha", "1.2.0"},
            {"alpha", "2.0.0"},
            {"beta", "0.3.0+build.9"},
            {"gamma", "3.1.4"}
          }) {
        client.push(
            ChartTarball.minimal(sub[0], sub[1])
                .writeTo(work.resolve("subs"), sub[0] + "-" + sub[1] + ".tgz"),
            repo);
      }
      String chartYaml =
          "apiVersion: v2\nname: parent\nversion: 1.0.0\ndependencies:\n"
              + "- name: alpha\n  version: \"^1.0.0\"\n  repository: "
              + repo
              + "\n"
              + "- name: beta\n  version: 0.3.0+build.9\n  repository: "
              + repo
              + "\n"
              + "- name: gamma\n  version: \"~3.1\"\n  repository: "
              + repo
              + "\n  condition: gamma.enabled\n";
      Path byHelm = parent(work.resolve("by-helm/parent"), chartYaml);
      Path byClient = parent(work.resolve("by-client/parent"), chartYaml);

      HelmResult result = helm.run("dependency", "update", byHelm.toString(), "--plain-http");
      assertThat(result.succeeded()).as("%s", result).isTrue();
      List<Path> ours = client.dependencyUpdate(byClient);

      assertThat(names(ours))
          .containsExactly("alpha-1.2.0.tgz", "beta-0.3.0+build.9.tgz", "gamma-3.1.4.tgz");
      for (Path archive : ours) {
        assertThat(archive)
            .hasSameBinaryContentAs(byHelm.resolve("charts").resolve(archive.getFileName()));
      }
      assertThat(withoutGenerated(byClient.resolve("Chart.lock")))
          .isEqualTo(withoutGenerated(byHelm.resolve("Chart.lock")));
      String printed = ourOutput.toString(StandardCharsets.UTF_8);
      assertThat(printed)
          .contains(
              "Saving 3 charts", "Downloading alpha from repo " + repo, "Deleting outdated charts");
      assertThat(result.stdout())
          .contains("Saving 3 charts", "Downloading alpha from repo " + repo);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Tool.class,
      names = {"HELM3", "HELM4"})
  void noMatchingVersionFailsWithHelmsMessage(Tool tool, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    HelmOciClient client =
        RealPeers.client(tool, work.resolve("home"), new ByteArrayOutputStream());
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      String repo = "oci://" + registry.hostPort() + "/deps";
      client.push(
          ChartTarball.minimal("alpha", "1.0.0").writeTo(work.resolve("subs"), "alpha-1.0.0.tgz"),
          repo);
      String chartYaml =
          "apiVersion: v2\nname: parent\nversion: 1.0.0\ndependencies:\n"
              + "- name: alpha\n  version: \"^9.0.0\"\n  repository: "
              + repo
              + "\n";
      HelmResult result =
          helm.run(
              "dependency",
              "update",
              parent(work.resolve("h/parent"), chartYaml).toString(),
              "--plain-http");
      Throwable ours =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> client.dependencyUpdate(parent(work.resolve("c/parent"), chartYaml)));
      assertThat(result.succeeded()).isFalse();
      assertThat(ours).isNotNull();
      assertThat("Error: " + ours.getMessage())
          .isEqualTo(
              result.stderr().lines().filter(l -> l.startsWith("Error: ")).findFirst().orElse(""));
    }
  }

  private static Path parent(Path dir, String chartYaml) throws Exception {
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("Chart.yaml"), chartYaml);
    Files.writeString(dir.resolve("values.yaml"), "gamma:\n  enabled: true\n");
    return dir;
  }

  private static List<String> names(List<Path> paths) {
    return paths.stream()
        .map(p -> p.getFileName().toString())
        .sorted()
        .collect(Collectors.toList());
  }

  private static String withoutGenerated(Path lock) throws Exception {
    return Files.readAllLines(lock).stream()
        .filter(l -> !l.startsWith("generated:"))
        .collect(Collectors.joining("\n"));
  }
}
