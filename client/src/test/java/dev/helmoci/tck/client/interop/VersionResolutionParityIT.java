package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.catchThrowable;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.PushResult;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For 24 version constraints over a tag list with stable, prerelease, build-metadata ({@code _})
 * and non-SemVer tags, the reference client picks the tag real helm pulls — or fails with helm's
 * message.
 */
class VersionResolutionParityIT {
  private static final List<String> VERSIONS =
      List.of(
          "0.9.0",
          "1.0.0",
          "1.2.0",
          "1.2.3",
          "1.2.3+build.5",
          "1.3.0-rc.1",
          "2.0.0-alpha.1",
          "2.0.0",
          "2.1.0-beta",
          "10.0.0");
  private static final List<String> CONSTRAINTS =
      List.of(
          "",
          "*",
          ">0.0.0-0",
          "^1.0.0",
          "^1.2",
          "~1.2.0",
          "~1.2",
          ">=1.0.0 <2.0.0",
          ">=1.0.0, <2.0.0",
          "1.x",
          "1.2.x",
          "1.0.0 - 1.2.0",
          "^1.0 || ^2.0",
          "!=10.0.0",
          "<1.0.0",
          "2.0.0-alpha.1",
          "1.2.3+build.5",
          ">=2.0.0-0",
          "^3.0.0",
          "~0.9",
          "latest",
          "v1.5.0",
          ">1.2.3 <1.3.0-0",
          "=1.2.0");
  private static final Pattern PULLED = Pattern.compile("Pulled: \\S+/res/parity:(\\S+)");

  @ParameterizedTest
  @EnumSource(
      value = Tool.class,
      names = {"HELM3", "HELM4"})
  void referenceClientResolvesLikeHelm(Tool tool, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    HelmOciClient client =
        RealPeers.client(tool, work.resolve("home"), new ByteArrayOutputStream());
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      String repo = "oci://" + registry.hostPort() + "/res/parity";
      PushResult any = null;
      for (String version : VERSIONS) {
        Path chart =
            ChartTarball.minimal("parity", version)
                .writeTo(work.resolve("src"), "parity-" + version + ".tgz");
        any = client.push(chart, "oci://" + registry.hostPort() + "/res");
      }
      BlobDescriptor manifest =
          new BlobDescriptor(
              any.manifest().mediaType(), any.manifest().digest(), any.manifest().size());
      for (String nonSemver : List.of("latest", "v1.5.0", "sha256-abc.sig")) {
        client.registry(registry.hostPort()).tagManifest("res/parity", manifest, nonSemver);
      }

      SoftAssertions softly = new SoftAssertions();
      for (String constraint : CONSTRAINTS) {
        Path dest =
            Files.createDirectories(work.resolve("pull-" + Math.abs(constraint.hashCode())));
        HelmResult pulled =
            constraint.isEmpty()
                ? helm.run("pull", repo, "--plain-http", "-d", dest.toString())
                : helm.run(
                    "pull", repo, "--version", constraint, "--plain-http", "-d", dest.toString());
        Throwable ours = catchThrowable(() -> client.locate(repo, constraint));
        if (pulled.succeeded()) {
          Matcher m = PULLED.matcher(pulled.output());
          softly
              .assertThat(m.find())
              .as("helm output for '%s': %s", constraint, pulled.output())
              .isTrue();
          softly
              .assertThat(ours)
              .as("client error for '%s' where helm pulled", constraint)
              .isNull();
          if (ours == null && m.find(0)) {
            String ourTag = client.locate(repo, constraint).pullReference().tag();
            softly.assertThat(ourTag).as("tag for '%s'", constraint).isEqualTo(m.group(1));
          }
        } else if (isResolutionError(pulled.stderr())) {
          softly
              .assertThat(ours)
              .as("client result for '%s' where helm failed: %s", constraint, pulled.stderr())
              .isNotNull();
          if (ours != null) {
            softly
                .assertThat("Error: " + ours.getMessage())
                .as("message for '%s'", constraint)
                .isEqualTo(pulled.stderr().strip());
          }
        } else {
          // Resolution succeeded in helm, the tag itself was missing: the client must pick that
          // same tag.
          softly
              .assertThat(ours)
              .as("client for '%s' (helm: %s)", constraint, pulled.stderr())
              .isNull();
        }
      }
      softly.assertAll();
    }
  }

  private static boolean isResolutionError(String stderr) {
    String s = stderr.toLowerCase();
    return s.contains("improper constraint")
        || s.contains("could not locate a version")
        || s.contains("unable to locate any tags");
  }
}
