package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.action.ChartShow;
import dev.helmoci.tck.client.action.HelmEmulation;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The differential corpus: every chart under {@code src/test/resources/corpus} is packaged by real
 * helm, pushed by helm and by the client's CLI (manifest digest, so config and manifest bytes, must
 * agree, and so must stdout, stderr and the exit code), shown by both ({@code chart}, {@code
 * values}, {@code readme}, {@code crds}, {@code all}: stdout, stderr and exit code, byte for byte)
 * and pulled with {@code --untar} by both (the whole destination tree must agree). Expectations are
 * what helm does in this run; nothing is typed in.
 */
class ChartCorpusDifferentialIT {

  @ParameterizedTest
  @EnumSource(
      value = Tool.class,
      names = {"HELM3", "HELM4"})
  void clientAgreesWithHelmOnTheCorpus(Tool tool, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    String helmVersion =
        tool == Tool.HELM4 ? HelmEmulation.HELM_4.version() : HelmEmulation.HELM_3.version();
    List<String> differences = new ArrayList<>();
    int comparisons = 0;
    List<Path> sources = ChartCorpus.sources();
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      String host = registry.hostPort();
      for (Path source : sources) {
        String name = source.getFileName().toString();
        Path chartWork = work.resolve(name);
        Path archive = ChartCorpus.packageWith(helm, source, chartWork);
        String file = archive.getFileName().toString();
        String version = file.substring(name.length() + 1, file.length() - ".tgz".length());

        HelmResult pushed =
            helm.run("push", archive.toString(), "oci://" + host + "/by-helm", "--plain-http");
        String[] ours =
            CliRun.runAll(
                "push",
                archive.toString(),
                "oci://" + host + "/by-client",
                "--plain-http",
                "--helm-version",
                helmVersion);
        comparisons++;
        check(differences, name + " push digest", digestOf(pushed), digestOf(ours[1] + ours[2]));
        // Both streams whole (loader warnings, Pushed/Digest lines); only the repository the client
        // pushed to
        // is named back to helm's, and helm's log lines carry no time stamp to mask (see
        // LoaderWarning).
        comparisons++;
        check(
            differences,
            name + " push output",
            streams(pushed),
            streams(ours).replace("/by-client/", "/by-helm/"));

        String ref = "oci://" + host + "/by-helm/" + name;
        for (ChartShow.What what : ChartShow.What.values()) {
          String kind = what.name().toLowerCase(Locale.ROOT);
          HelmResult shown = helm.run("show", kind, ref, "--version", version, "--plain-http");
          String[] ourShow =
              CliRun.runAll(
                  "show",
                  kind,
                  ref,
                  "--version",
                  version,
                  "--plain-http",
                  "--helm-version",
                  helmVersion);
          comparisons++;
          check(differences, name + " show " + kind, streams(shown), streams(ourShow));
        }

        Path byHelm = chartWork.resolve("untar-helm");
        Path byClient = chartWork.resolve("untar-client");
        helm.run(
                "pull",
                ref,
                "--version",
                version,
                "--untar",
                "-d",
                byHelm.toString(),
                "--plain-http")
            .requireSuccess();
        String[] cli =
            CliRun.run(
                "pull",
                ref,
                "--version",
                version,
                "--untar",
                "-d",
                byClient.toString(),
                "--plain-http");
        comparisons++;
        check(
            differences,
            name + " pull --untar (exit " + cli[0] + cli[1] + ")",
            ChartCorpus.tree(byHelm),
            ChartCorpus.tree(byClient));
      }
    }
    System.out.printf(
        "corpus vs %s: %d charts, %d comparisons, %d differences%n",
        tool, sources.size(), comparisons, differences.size());
    assertThat(sources).hasSizeGreaterThanOrEqualTo(7);
    assertThat(differences).as("differences from %s", tool).isEmpty();
  }

  /**
   * Charts helm refuses to load (under {@code corpus-refused}, archived by the test since helm
   * would not package them): {@code push} fails before any request, with helm's message, for helm
   * and the client.
   */
  @ParameterizedTest
  @EnumSource(
      value = Tool.class,
      names = {"HELM3", "HELM4"})
  void clientRefusesWhatHelmRefuses(Tool tool, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    Path root = Path.of(ChartCorpusDifferentialIT.class.getResource("/corpus-refused").toURI());
    List<String> differences = new ArrayList<>();
    List<Path> sources;
    try (java.util.stream.Stream<Path> dirs = java.nio.file.Files.list(root)) {
      sources = dirs.sorted().toList();
    }
    for (Path source : sources) {
      String name = source.getFileName().toString();
      Path archive = ChartTarball.fromDirectory(name, source).writeTo(work, name + "-1.0.0.tgz");
      HelmResult refused =
          helm.run("push", archive.toString(), "oci://127.0.0.1:1/refused", "--plain-http");
      String[] ours =
          CliRun.run(
              "push",
              archive.toString(),
              "oci://127.0.0.1:1/refused",
              "--plain-http",
              "--helm-version",
              tool == Tool.HELM4 ? "4.3.1" : "3.22.0");
      check(
          differences,
          name + " push refusal",
          firstError(refused.stderr()) + " (exit " + refused.exitCode() + ")",
          firstError(ours[1]) + " (exit " + ours[0] + ")");
    }
    System.out.printf(
        "refusals vs %s: %d charts, %d differences%n", tool, sources.size(), differences.size());
    assertThat(sources).hasSizeGreaterThanOrEqualTo(6);
    assertThat(differences).as("differences from %s", tool).isEmpty();
  }

  private static String firstError(String stderr) {
    return stderr
        .lines()
        .filter(l -> l.startsWith("Error: "))
        .findFirst()
        .orElse("no error: " + stderr);
  }

  private static void check(List<String> differences, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      differences.add(what + ":\n--- helm\n" + expected + "\n--- client\n" + actual);
    }
  }

  private static String digestOf(HelmResult pushed) {
    return digestOf(pushed.output());
  }

  private static String digestOf(String output) {
    return output
        .lines()
        .filter(l -> l.startsWith("Digest: "))
        .map(l -> l.substring(8).trim())
        .findFirst()
        .orElse("push failed: " + output);
  }

  private static String streams(HelmResult r) {
    return "exit " + r.exitCode() + "\n--- stdout\n" + r.stdout() + "--- stderr\n" + r.stderr();
  }

  private static String streams(String[] cli) {
    return "exit " + cli[0] + "\n--- stdout\n" + cli[1] + "--- stderr\n" + cli[2];
  }
}
