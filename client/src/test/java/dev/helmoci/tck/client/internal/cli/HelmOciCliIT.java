package dev.helmoci.tck.client.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI speaks helm's language: outputs, {@code Error: } messages and exit codes, against a real
 * registry.
 */
class HelmOciCliIT {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;
  private InputStream savedIn;
  private String savedHome;

  @TempDir Path work;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    savedIn = System.in;
    savedHome = System.getProperty("user.home");
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
    System.setIn(savedIn);
    System.setProperty("user.home", savedHome);
  }

  @Test
  void badRemoteIsHelmsErrorAndExitCodeOne() throws Exception {
    Path chart = ChartTarball.minimal("cli", "0.1.0").writeTo(work, "cli-0.1.0.tgz");
    assertThat(HelmOciCli.run("push", chart.toString(), "charts/demo")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("Error: scheme prefix missing from remote (e.g. \"oci://\")\n");
  }

  @Test
  void pushThenPullWithUntarAgainstARealRegistry() throws Exception {
    RegistryLauncher launcher =
        RegistryLauncher.of(RegistryFlavor.DISTRIBUTION_3, RegistryLauncher.Mode.PROCESS)
            .auth(RegistryAuth.htpasswd("cli", "cli-secret"));
    RequiredPeers.available(launcher);
    try (EmbeddedRegistry registry = launcher.start()) {
      Path chart = ChartTarball.minimal("cli", "0.1.0").writeTo(work, "cli-0.1.0.tgz");
      String remote = "oci://" + registry.hostPort() + "/cli";
      assertThat(
              HelmOciCli.run(
                  "push",
                  chart.toString(),
                  remote,
                  "--plain-http",
                  "--username",
                  "cli",
                  "--password",
                  "cli-secret"))
          .as(err.toString(StandardCharsets.UTF_8))
          .isZero();
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("Pushed: " + registry.hostPort() + "/cli/cli:0.1.0");

      Path dest = work.resolve("dest");
      assertThat(
              HelmOciCli.run(
                  "pull",
                  remote + "/cli",
                  "--version",
                  "^0.1",
                  "--untar",
                  "-d",
                  dest.toString(),
                  "--plain-http",
                  "--username",
                  "cli",
                  "--password",
                  "cli-secret"))
          .as(err.toString(StandardCharsets.UTF_8))
          .isZero();
      assertThat(dest.resolve("cli-0.1.0.tgz"))
          .doesNotExist(); // helm's untar leaves only the chart directory
      assertThat(Files.readString(dest.resolve("cli/Chart.yaml"))).contains("name: cli");

      assertThat(
              HelmOciCli.run(
                  "pull",
                  remote + "/cli",
                  "--version",
                  "9.9.9",
                  "-d",
                  dest.toString(),
                  "--plain-http",
                  "--username",
                  "cli",
                  "--password",
                  "cli-secret"))
          .isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("Error: ").contains("9.9.9");
    }
  }

  @Test
  void everySubcommandAnswersHelp() {
    for (String command :
        new String[] {
          "registry",
          "registry login",
          "registry logout",
          "push",
          "pull",
          "show",
          "dependency",
          "dependency update"
        }) {
      out.reset();
      String[] args = (command + " --help").split(" ");
      assertThat(HelmOciCli.run(args)).as("%s --help: %s", command, err).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .as(command)
          .contains("Usage: helm-oci " + command);
    }
    out.reset();
    assertThat(HelmOciCli.run("dependency")).isZero(); // helm prints the group's help
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Usage: helm-oci dependency", "update");
  }
}
