package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.BlobSource;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helm-oci pull} of a chart layer of 3 GiB (system property {@code
 * helm-oci-tck.large-layer.bytes}) in a JVM limited to 64 MiB of heap: the layer streams to disk,
 * verified on the fly, and arrives whole. Helm itself writes such a layer too ({@code helm pull}
 * does not load the chart unless asked to untar it).
 */
class LargeLayerPullIT {
  private static final long SIZE = Long.getLong("helm-oci-tck.large-layer.bytes", 3L << 30);

  @TempDir Path work;

  @Test
  void aLayerFarLargerThanTheHeapPullsWhole() throws Exception {
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      RegistryClient client =
          RegistryClient.builder(registry.hostPort())
              .transportOptions(TransportOptions.builder().plainHttp(true).build())
              .build();
      String layerDigest = "sha256:" + HexFormat.of().formatHex(sha256(new Pattern(SIZE)));
      client.pushBlob(
          "big/chart",
          new BlobDescriptor(
              "application/vnd.cncf.helm.chart.content.v1.tar+gzip",
              Digest.parse(layerDigest),
              SIZE),
          new PatternSource(SIZE));
      byte[] config =
          "{\"name\":\"chart\",\"version\":\"1.0.0\",\"apiVersion\":\"v2\"}"
              .getBytes(StandardCharsets.UTF_8);
      String configDigest = Digest.sha256(config).toString();
      client.pushBlob(
          "big/chart",
          new BlobDescriptor(
              "application/vnd.cncf.helm.config.v1+json",
              Digest.parse(configDigest),
              config.length),
          BlobSource.of(config));
      byte[] manifest =
          ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                  + "\"config\":{\"mediaType\":\"application/vnd.cncf.helm.config.v1+json\",\"digest\":\""
                  + configDigest
                  + "\",\"size\":"
                  + config.length
                  + "},\"layers\":[{\"mediaType\":"
                  + "\"application/vnd.cncf.helm.chart.content.v1.tar+gzip\",\"digest\":\""
                  + layerDigest
                  + "\",\"size\":"
                  + SIZE
                  + "}]}")
              .getBytes(StandardCharsets.UTF_8);
      client.pushManifest(
          "big/chart",
          "1.0.0",
          new BlobDescriptor(
              "application/vnd.oci.image.manifest.v1+json",
              Digest.sha256(manifest),
              manifest.length),
          manifest);

      Path destination = Files.createDirectories(work.resolve("out"));
      Process pull =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx64m",
                      "-cp",
                      System.getProperty("java.class.path"),
                      "dev.helmoci.tck.client.internal.cli.HelmOciCli",
                      "pull",
                      "oci://" + registry.hostPort() + "/big/chart",
                      "--version",
                      "1.0.0",
                      "--plain-http",
                      "-d",
                      destination.toString()))
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("pull.log").toFile())
              .directory(work.toFile())
              .start();
      pull.getOutputStream().close();
      boolean ended = pull.waitFor(10, TimeUnit.MINUTES);
      String log = Files.readString(work.resolve("pull.log"));
      assertThat(ended).as("pull ended within 10 minutes: %s", log).isTrue();
      assertThat(pull.exitValue()).as(log).isZero();
      Path archive = destination.resolve("chart-1.0.0.tgz");
      assertThat(Files.size(archive)).isEqualTo(SIZE);
      assertThat(log).contains("Digest: ").doesNotContain("OutOfMemoryError");
      try (InputStream in = Files.newInputStream(archive)) {
        assertThat("sha256:" + HexFormat.of().formatHex(sha256(in))).isEqualTo(layerDigest);
      }
    }
  }

  private static byte[] sha256(InputStream in) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[1 << 16];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
    }
    return digest.digest();
  }

  /** {@code size} deterministic, incompressible-enough bytes, generated on the fly. */
  private static final class Pattern extends InputStream {
    private final long size;
    private long position;

    Pattern(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (position >= size) {
        return -1;
      }
      return (int) ((position++ * 2654435761L) >>> 24) & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) (((position++ * 2654435761L) >>> 24) & 0xff);
      }
      return n;
    }
  }

  private record PatternSource(long size) implements BlobSource {
    @Override
    public InputStream open() throws IOException {
      return new Pattern(size);
    }

    @Override
    public boolean replayable() {
      return true;
    }
  }
}
