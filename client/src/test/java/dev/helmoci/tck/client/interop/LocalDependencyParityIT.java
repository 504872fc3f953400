package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code dependency update} with {@code file://} dependencies beside an {@code oci://} one: the
 * same archives in {@code charts/} (compared entry by entry: Helm stamps them with the current
 * time), the same Chart.lock but its time, and Helm's messages when a path or a version does not
 * fit. The sources are the corpus charts.
 */
class LocalDependencyParityIT {

  @ParameterizedTest
  @EnumSource(
      value = Tool.class,
      names = {"HELM3", "HELM4"})
  void fileDependenciesAsHelmArchivesThem(Tool tool, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    HelmOciClient client =
        RealPeers.client(tool, work.resolve("home"), new ByteArrayOutputStream());
    Path corpus = ChartCorpus.sources().get(0).getParent();
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      String repo = "oci://" + registry.hostPort() + "/deps";
      client.push(
          ChartTarball.minimal("remote", "1.4.0").writeTo(work.resolve("subs"), "remote-1.4.0.tgz"),
          repo);
      String chartYaml =
          "apiVersion: v2\nname: umbrella\nversion: 1.0.0\ndependencies:\n"
              + "- name: crd-operator\n  version: \"~0.9\"\n  repository: file://../crd-operator\n"
              + "- name: yaml-quoting\n  version: 1.0.0\n  repository: \"file://"
              + shared(work, corpus)
              + "\"\n"
              + "- name: remote\n  version: ^1.0.0\n  repository: "
              + repo
              + "\n";
      Path byHelm = layout(work.resolve("by-helm"), corpus, chartYaml);
      Path byClient = layout(work.resolve("by-client"), corpus, chartYaml);

      helm.run("dependency", "update", byHelm.toString(), "--plain-http").requireSuccess();
      List<Path> ours = client.dependencyUpdate(byClient);

      assertThat(ours).hasSize(3);
      assertThat(listing(byClient.resolve("charts"))).isEqualTo(listing(byHelm.resolve("charts")));
      for (Path archive : ours) {
        assertThat(entries(archive))
            .as("%s", archive.getFileName())
            .isEqualTo(entries(byHelm.resolve("charts").resolve(archive.getFileName())));
      }
      assertThat(withoutGenerated(byClient.resolve("Chart.lock")))
          .isEqualTo(withoutGenerated(byHelm.resolve("Chart.lock")));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Tool.class,
      names = {"HELM3", "HELM4"})
  void aMissingDirectoryOrAnUnmetVersionFailsAsInHelm(Tool tool, @TempDir Path work)
      throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    HelmOciClient client =
        RealPeers.client(tool, work.resolve("home"), new ByteArrayOutputStream());
    Path corpus = ChartCorpus.sources().get(0).getParent();
    for (String dependency :
        new String[] {
          "- name: nowhere\n  version: 1.0.0\n  repository: file://../nowhere\n",
          "- name: crd-operator\n  version: ^2.0.0\n  repository: file://../crd-operator\n"
        }) {
      String chartYaml =
          "apiVersion: v2\nname: umbrella\nversion: 1.0.0\ndependencies:\n" + dependency;
      Path byHelm = layout(work.resolve("h" + dependency.length()), corpus, chartYaml);
      Path byClient = layout(work.resolve("c" + dependency.length()), corpus, chartYaml);
      HelmResult result = helm.run("dependency", "update", byHelm.toString());
      Throwable ours = catchThrowable(() -> client.dependencyUpdate(byClient));
      assertThat(result.succeeded()).isFalse();
      assertThat(ours).isNotNull();
      String helmError =
          result.stderr().lines().filter(l -> l.startsWith("Error: ")).findFirst().orElse("");
      assertThat("Error: " + ours.getMessage())
          .isEqualTo(
              helmError.replace(byHelm.getParent().toString(), byClient.getParent().toString()));
    }
  }

  /** One copy of yaml-quoting both updates name by absolute path. */
  private static Path shared(Path work, Path corpus) throws IOException {
    Path dir = work.resolve("shared/yaml-quoting").toAbsolutePath();
    ChartCorpus.copyTree(corpus.resolve("yaml-quoting"), dir);
    return dir;
  }

  /**
   * {@code dir/umbrella} with the given Chart.yaml, and crd-operator beside it (named relatively).
   */
  private static Path layout(Path dir, Path corpus, String chartYaml) throws IOException {
    ChartCorpus.copyTree(corpus.resolve("crd-operator"), dir.resolve("crd-operator"));
    // crd-operator's archived sub-subchart is a source directory in the corpus: helm would archive
    // it
    // as a directory chart named crd-leaf.tgz.d, the client likewise; keep it a plain directory
    // chart.
    Path leaf = dir.resolve("crd-operator/charts/crd-sub/charts/crd-leaf.tgz.d");
    Files.move(leaf, leaf.resolveSibling("crd-leaf"));
    Path umbrella = Files.createDirectories(dir.resolve("umbrella/templates"));
    Files.writeString(umbrella.resolveSibling("Chart.yaml"), chartYaml);
    return umbrella.getParent();
  }

  private static List<String> listing(Path charts) throws IOException {
    try (Stream<Path> files = Files.list(charts)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Map<String, String> entries(Path archive) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(archive))))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        out.put(
            e.getName(),
            e.isDirectory()
                ? "dir"
                : new String(tar.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static String withoutGenerated(Path lock) throws IOException {
    return Files.readAllLines(lock).stream()
        .filter(l -> !l.startsWith("generated:"))
        .collect(Collectors.joining("\n"));
  }
}
