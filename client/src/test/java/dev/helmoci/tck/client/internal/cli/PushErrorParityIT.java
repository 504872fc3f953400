package dev.helmoci.tck.client.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.Tools;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Client-side push errors (no request is sent) read exactly as real helm's, for the same arguments.
 */
class PushErrorParityIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost:5000/charts",
        "charts/demo",
        "https://example.com/charts",
        "oci://example.com/charts:1.0",
        "oci://example.com/Upper/charts",
        "missing-file",
        "directory"
      })
  void sameErrorAsHelm(String remote, @TempDir Path work) throws Exception {
    PeerCheck.require(
        Tools.fromEnvironment().find(Tool.HELM3).isPresent(), "HELM3", "helm 3 not provisioned");
    HelmCli helm = HelmCli.provisioned(Tool.HELM3);
    Path chart = ChartTarball.minimal("demo", "0.1.0").writeTo(work, "demo-0.1.0.tgz");
    String target = "oci://127.0.0.1:1/charts";
    Path archive = chart;
    if (remote.equals("missing-file")) {
      archive = work.resolve("nope-0.1.0.tgz");
    } else if (remote.equals("directory")) {
      archive = Files.createDirectories(work.resolve("dir"));
    } else {
      target = remote;
    }
    HelmResult real = helm.run("push", archive.toString(), target);

    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = HelmOciCli.run("push", archive.toString(), target);
    } finally {
      System.setErr(saved);
    }
    assertThat(real.exitCode()).as("helm: %s", real).isEqualTo(1);
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(real.stderr());
  }
}
