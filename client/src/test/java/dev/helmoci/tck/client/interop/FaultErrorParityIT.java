package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.HelmOciClient;
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
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile registries: through each pull-breaking fault of the catalogue, the reference client's CLI
 * fails (or succeeds) exactly when helm 3 does, with helm's {@code Error:} line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultErrorParityIT {
  private EmbeddedRegistry registry;
  private final List<String> table = new ArrayList<>();

  Stream<NamedFault> pullFaults() {
    return Faults.catalogue().stream()
        .filter(
            f -> f.breaks().contains(HelmFeature.PULL) && !f.breaks().contains(HelmFeature.AUTH));
  }

  @BeforeAll
  void seed(@TempDir Path work) throws Exception {
    registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3);
    HelmOciClient client =
        RealPeers.client(Tool.HELM3, work.resolve("home"), new ByteArrayOutputStream());
    for (String version : List.of("0.1.0", "0.2.0", "0.3.0")) {
      client.push(
          ChartTarball.minimal("demo", version).writeTo(work, "demo-" + version + ".tgz"),
          "oci://" + registry.hostPort() + "/charts");
    }
  }

  @AfterAll
  void stop() throws Exception {
    if (registry != null) {
      registry.close();
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "fault-error-parity.md"), table);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pullFaults")
  void sameOutcomeAndMessageAsHelm(NamedFault fault, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(Tool.HELM3);
    for (String version : List.of("0.1.0", "^0.1.0")) {
      try (FaultProxy proxy = FaultProxy.start(registry.baseUrl(), fault.create())) {
        String ref = "oci://" + proxy.hostPort() + "/charts/demo";
        Path helmDir = Files.createDirectories(work.resolve("helm-" + version.length()));
        HelmResult real =
            helm.run("pull", ref, "--version", version, "--plain-http", "-d", helmDir.toString());
        Path ourDir = Files.createDirectories(work.resolve("ours-" + version.length()));
        String[] ours =
            cli("pull", ref, "--version", version, "--plain-http", "-d", ourDir.toString());
        String helmError = errorLine(real.stderr());
        table.add(
            "| "
                + fault.id()
                + " | "
                + version
                + " | "
                + real.exitCode()
                + " "
                + helmError
                + " | "
                + ours[0]
                + " "
                + ours[1]
                + " |");
        assertThat(ours[0])
            .as("%s --version %s exit code (helm: %s)", fault.id(), version, helmError)
            .isEqualTo(Integer.toString(real.exitCode()));
        assertThat(ours[1]).as("%s --version %s error", fault.id(), version).isEqualTo(helmError);
      }
    }
  }

  /**
   * helm fetches config and chart concurrently, so when every blob is broken it reports whichever
   * failed first; which blob is named is not compared, only the wording.
   */
  private static String errorLine(String stderr) {
    return stderr
        .lines()
        .filter(l -> l.startsWith("Error: "))
        .findFirst()
        .orElse("")
        .replaceAll(
            "expected content size of \\d+, got \\d+, for digest sha256:[0-9a-f]{64}",
            "expected content size of N, got M, for digest D");
  }

  private static String[] cli(String... args) {
    String[] result = CliRun.run(args);
    return new String[] {result[0], errorLine(result[1])};
  }
}
