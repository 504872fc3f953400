package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.fault.FaultProxy;
import dev.helmoci.tck.fixtures.fault.Faults;
import dev.helmoci.tck.fixtures.fault.HelmFeature;
import dev.helmoci.tck.fixtures.fault.NamedFault;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile registries on push: through each push-breaking fault, helm 3 and the reference CLI — each
 * against its own fresh registry behind its own faulty proxy — succeed or fail alike, with the same
 * {@code Error:} line (ports aside).
 */
class PushFaultErrorParityIT {

  static Stream<NamedFault> pushFaults() {
    return Faults.catalogue().stream()
        .filter(
            f -> f.breaks().contains(HelmFeature.PUSH) && !f.breaks().contains(HelmFeature.AUTH));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pushFaults")
  void sameOutcomeAndMessageAsHelm(NamedFault fault, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(Tool.HELM3);
    Path chart =
        ChartTarball.minimal("pushed", "1.0.0+build.1").writeTo(work, "pushed-1.0.0+build.1.tgz");
    Files.setLastModifiedTime(chart, FileTime.from(Instant.parse("2024-01-02T03:04:05Z")));
    Files.writeString(chart.resolveSibling(chart.getFileName() + ".prov"), "provenance\n");

    String[] real;
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3);
        FaultProxy proxy = FaultProxy.start(registry.baseUrl(), fault.create())) {
      HelmResult result =
          helm.run(
              "push",
              chart.toString(),
              "oci://" + proxy.hostPort() + "/team/charts",
              "--plain-http");
      real =
          new String[] {
            Integer.toString(result.exitCode()),
            normalise(errorLine(result.stderr()), proxy, registry)
          };
    }
    String[] ours;
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3);
        FaultProxy proxy = FaultProxy.start(registry.baseUrl(), fault.create())) {
      String[] cli =
          cli(
              "push",
              chart.toString(),
              "oci://" + proxy.hostPort() + "/team/charts",
              "--plain-http");
      ours = new String[] {cli[0], normalise(cli[1], proxy, registry)};
    }
    assertThat(ours[0]).as("%s exit code (helm: %s)", fault.id(), real[1]).isEqualTo(real[0]);
    assertThat(ours[1]).as("%s error", fault.id()).isEqualTo(real[1]);
  }

  private static String normalise(String line, FaultProxy proxy, EmbeddedRegistry registry) {
    return line.replace(proxy.hostPort(), "PROXY")
        .replace(registry.hostPort(), "REGISTRY")
        .replaceAll("127\\.0\\.0\\.1:\\d+", "HOST")
        .replaceAll("localhost:\\d+", "HOST")
        .replaceAll("/blobs/uploads/[0-9a-f-]+", "/blobs/uploads/SESSION")
        .replaceAll("_state=[^&\"]+", "_state=STATE")
        // helm uploads blobs three at a time: which upload fails first is not compared.
        .replaceAll("digest=sha256%3A[0-9a-f]{64}", "digest=D");
  }

  private static String errorLine(String stderr) {
    return stderr.lines().filter(l -> l.startsWith("Error: ")).findFirst().orElse("");
  }

  private static String[] cli(String... args) {
    String[] result = CliRun.run(args);
    return new String[] {result[0], errorLine(result[1])};
  }
}
