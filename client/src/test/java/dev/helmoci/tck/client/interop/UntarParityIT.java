package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code pull --untar} of an archive no {@code helm package} writes: a second top-level directory,
 * an entry with {@code ..} that cleans inside the chart, a symlink entry. Helm and the client must
 * leave the same tree (everything under {@code <dest>/<chart>/}, nothing beside it).
 */
class UntarParityIT {

  @ParameterizedTest
  @EnumSource(
      value = Tool.class,
      names = {"HELM3", "HELM4"})
  void hostileLayoutsUntarAsInHelm(Tool tool, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    HelmOciClient client =
        RealPeers.client(tool, work.resolve("home"), new ByteArrayOutputStream());
    Path archive = work.resolve("odd-1.0.0.tgz");
    try (OutputStream file = Files.newOutputStream(archive);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file))) {
      add(tar, "odd/Chart.yaml", "apiVersion: v2\nname: odd\nversion: 1.0.0\n");
      add(tar, "other/escaped.txt", "from a second top-level directory\n");
      add(tar, "odd/templates/../notes.txt", "cleaned inside the chart\n");
      add(tar, "odd/values.yaml", "\uFEFFa: 1\n");
      TarArchiveEntry link = new TarArchiveEntry("odd/link", TarArchiveEntry.LF_SYMLINK);
      link.setLinkName("/etc/passwd");
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
    }
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      client.push(archive, "oci://" + registry.hostPort() + "/odd");
      String ref = "oci://" + registry.hostPort() + "/odd/odd";
      Path byHelm = work.resolve("helm");
      Path byClient = work.resolve("client");
      helm.run(
              "pull", ref, "--version", "1.0.0", "--untar", "-d", byHelm.toString(), "--plain-http")
          .requireSuccess();
      String[] ours =
          CliRun.run(
              "pull",
              ref,
              "--version",
              "1.0.0",
              "--untar",
              "-d",
              byClient.toString(),
              "--plain-http");

      assertThat(ours[0]).as(ours[1]).isEqualTo("0");
      assertThat(ChartCorpus.tree(byClient))
          .isEqualTo(ChartCorpus.tree(byHelm))
          .allMatch(p -> p.equals("/") || p.startsWith("odd"));
    }
  }

  private static void add(TarArchiveOutputStream tar, String name, String content)
      throws Exception {
    byte[] data = content.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry e = new TarArchiveEntry(name, true);
    e.setSize(data.length);
    tar.putArchiveEntry(e);
    tar.write(data);
    tar.closeArchiveEntry();
  }
}
