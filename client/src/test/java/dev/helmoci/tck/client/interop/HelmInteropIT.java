package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.PulledChart;
import dev.helmoci.tck.client.action.PushResult;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.registry.FetchedManifest;
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
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference client and real helm agree byte for byte: the same archive (same mtime, with and
 * without a .prov) gives the same manifest and config digests, and each pulls what the other
 * pushed.
 */
class HelmInteropIT {
  private static final Pattern DIGEST = Pattern.compile("Digest: (sha256:[0-9a-f]{64})");

  static Stream<Arguments> peers() {
    List<Arguments> all = new ArrayList<>();
    for (RegistryFlavor flavor :
        List.of(RegistryFlavor.DISTRIBUTION_3, RegistryFlavor.DISTRIBUTION_2)) {
      for (Tool helm : List.of(Tool.HELM3, Tool.HELM4)) {
        for (boolean prov : List.of(false, true)) {
          all.add(Arguments.of(flavor, helm, prov));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} / {1} / prov {2}")
  @MethodSource("peers")
  void sameBytesBothWays(RegistryFlavor flavor, Tool tool, boolean prov, @TempDir Path work)
      throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    HelmOciClient client = RealPeers.client(tool, work.resolve("home"), ours);
    String version = "1.2.3+build.7";
    Path chart =
        ChartTarball.minimal("interop", version)
            .writeTo(work.resolve("src"), "interop-1.2.3+build.7.tgz");
    Files.setLastModifiedTime(chart, FileTime.from(Instant.parse("2024-05-06T07:08:09Z")));
    if (prov) {
      Files.writeString(
          chart.resolveSibling(chart.getFileName() + ".prov"),
          "provenance bytes for the digest check\n");
    }

    try (EmbeddedRegistry registry = RealPeers.registry(flavor)) {
      String host = registry.hostPort();
      HelmResult helmPush =
          helm.run("push", chart.toString(), "oci://" + host + "/by-helm", "--plain-http");
      assertThat(helmPush.succeeded()).as("%s", helmPush).isTrue();
      PushResult ourPush = client.push(chart, "oci://" + host + "/by-client");

      assertThat(ourPush.manifest().digest().toString())
          .as("manifest digest vs helm's")
          .isEqualTo(digestIn(helmPush.output()));
      FetchedManifest helmManifest =
          client.registry(host).fetchManifest("by-helm/interop", "1.2.3_build.7");
      assertThat(ourPush.manifestBytes()).isEqualTo(helmManifest.content());
      assertThat(ours.toString(StandardCharsets.UTF_8))
          .contains("Pushed: " + host + "/by-client/interop:1.2.3_build.7")
          .contains("Digest: " + digestIn(helmPush.output()))
          .contains("contains an underscore.");

      Path helmPulled = Files.createDirectories(work.resolve("helm-pulled"));
      HelmResult helmPull =
          helm.run(
              "pull",
              "oci://" + host + "/by-client/interop",
              "--version",
              version,
              "--plain-http",
              "-d",
              helmPulled.toString());
      assertThat(helmPull.succeeded()).as("%s", helmPull).isTrue();
      assertThat(helmPulled.resolve("interop-" + version + ".tgz"))
          .hasBinaryContent(Files.readAllBytes(chart));

      PulledChart ourPull = client.pull("oci://" + host + "/by-helm/interop", version);
      assertThat(ourPull.chart())
          .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(readAll(chart)));
      assertThat(ourPull.metadata().version()).isEqualTo(version);
      assertThat(ourPull.manifestDigest()).isEqualTo(Digest.parse(digestIn(helmPush.output())));
    }
  }

  private static byte[] readAll(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String digestIn(String output) {
    Matcher m = DIGEST.matcher(output);
    assertThat(m.find()).as("a Digest: line in %s", output).isTrue();
    return m.group(1);
  }
}
