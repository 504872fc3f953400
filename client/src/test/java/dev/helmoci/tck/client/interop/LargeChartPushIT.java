package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helm-oci push} of a chart of 56 MiB of incompressible files, packaged by real helm 3, in a
 * JVM limited to 64 MiB of heap: the archive (56 MiB) and its decompressed files (56 MiB) would not
 * fit together, so this fails with OutOfMemoryError if push holds either. Real helm pulls it back
 * byte for byte, and helm's own push of the same file names the same manifest digest. {@code
 * helm-oci show chart} of it, in the same small heap, prints what helm's does, and its {@code pull
 * --untar} writes the files helm's does; {@code dependency update} of a chart that depends on it
 * writes the same bytes into {@code charts/}.
 */
class LargeChartPushIT {
  private static final int MIB = 1024 * 1024;

  @TempDir Path work;

  @Test
  void aChartLargerThanTheHeapPushesAndHelmPullsItBack() throws Exception {
    HelmCli helm = RealPeers.helm(Tool.HELM3);
    Path dir = Files.createDirectories(work.resolve("src/big/files"));
    Files.writeString(
        work.resolve("src/big/Chart.yaml"), "apiVersion: v2\nname: big\nversion: 1.0.0\n");
    SplittableRandom random = new SplittableRandom(14);
    byte[] block = new byte[MIB];
    // 4 MiB files: under Helm 3's 5 MiB per-file limit, so helm 3 and 4 both load the chart.
    for (int i = 0; i < 14; i++) {
      try (OutputStream out = Files.newOutputStream(dir.resolve("part-" + i + ".bin"))) {
        for (int m = 0; m < 4; m++) {
          random.nextBytes(block);
          out.write(block);
        }
      }
    }
    Path packaged = Files.createDirectories(work.resolve("packaged"));
    helm.run("package", work.resolve("src/big").toString(), "-d", packaged.toString())
        .requireSuccess();
    Path chart = packaged.resolve("big-1.0.0.tgz");

    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      String log =
          smallHeapCli(
              "push",
              "push",
              chart.toString(),
              "oci://" + registry.hostPort() + "/kit",
              "--plain-http");

      HelmResult helmPush =
          helm.run(
                  "push",
                  chart.toString(),
                  "oci://" + registry.hostPort() + "/helm",
                  "--plain-http")
              .requireSuccess();
      assertThat(digest(log)).isEqualTo(digest(helmPush.stdout() + helmPush.stderr()));

      Path pulled = Files.createDirectories(work.resolve("pulled"));
      helm.run(
              "pull",
              "oci://" + registry.hostPort() + "/kit/big",
              "--version",
              "1.0.0",
              "-d",
              pulled.toString(),
              "--plain-http")
          .requireSuccess();
      assertThat(Files.mismatch(chart, pulled.resolve("big-1.0.0.tgz"))).isEqualTo(-1L);

      String shown =
          smallHeapCli(
              "show",
              "show",
              "chart",
              "oci://" + registry.hostPort() + "/kit/big",
              "--version",
              "1.0.0",
              "--plain-http");
      assertThat(shown)
          .contains(
              helm.run(
                      "show",
                      "chart",
                      "oci://" + registry.hostPort() + "/kit/big",
                      "--version",
                      "1.0.0",
                      "--plain-http")
                  .requireSuccess()
                  .stdout());

      Path kitTree = Files.createDirectories(work.resolve("kit-untar"));
      Path helmTree = Files.createDirectories(work.resolve("helm-untar"));
      smallHeapCli(
          "untar",
          "pull",
          "oci://" + registry.hostPort() + "/kit/big",
          "--version",
          "1.0.0",
          "--untar",
          "-d",
          kitTree.toString(),
          "--plain-http");
      helm.run(
              "pull",
              "oci://" + registry.hostPort() + "/kit/big",
              "--version",
              "1.0.0",
              "--untar",
              "-d",
              helmTree.toString(),
              "--plain-http")
          .requireSuccess();
      for (int i = 0; i < 14; i++) {
        String part = "big/files/part-" + i + ".bin";
        assertThat(Files.mismatch(kitTree.resolve(part), helmTree.resolve(part)))
            .as(part)
            .isEqualTo(-1L);
      }
      assertThat(kitTree.resolve("big/Chart.yaml"))
          .hasSameTextualContentAs(helmTree.resolve("big/Chart.yaml"));

      // dependency update streams the dependency into charts/ in the same small heap.
      Path parent = Files.createDirectories(work.resolve("parent"));
      Files.writeString(
          parent.resolve("Chart.yaml"),
          "apiVersion: v2\nname: parent\nversion: 0.1.0\ndependencies:\n  - name: big\n"
              + "    version: 1.0.0\n    repository: oci://"
              + registry.hostPort()
              + "/kit\n");
      smallHeapCli("dependency", "dependency", "update", parent.toString(), "--plain-http");
      assertThat(Files.mismatch(chart, parent.resolve("charts/big-1.0.0.tgz"))).isEqualTo(-1L);
    }
  }

  /**
   * helm-oci in a JVM limited to 64 MiB of heap; its output (stdout and stderr) once it exited 0.
   */
  private String smallHeapCli(String name, String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.helmoci.tck.client.internal.cli.HelmOciCli"));
    command.addAll(List.of(args));
    Path logFile = work.resolve(name + ".log");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(logFile.toFile())
            .directory(work.toFile())
            .start();
    process.getOutputStream().close();
    boolean ended = process.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String log = Files.readString(logFile);
    assertThat(ended).as("%s ended within 5 minutes: %s", name, log).isTrue();
    assertThat(process.exitValue()).as(log).isZero();
    assertThat(log).doesNotContain("OutOfMemoryError");
    return log;
  }

  private static String digest(String output) {
    return output
        .lines()
        .filter(l -> l.startsWith("Digest: "))
        .findFirst()
        .orElse("no Digest line in: " + output);
  }
}
