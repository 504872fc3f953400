package dev.helmoci.tck.client.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays flat with blob size: a 200 MiB blob is pushed to and pulled from a real registry by
 * a JVM limited to a 64 MiB heap, which would fail with OutOfMemoryError if any layer buffered the
 * blob.
 */
class LargeBlobMemoryIT {
  private static final int MIB = 1024 * 1024;
  private static final int SIZE_MIB = 200;

  @Test
  void twoHundredMebibytesRoundTripInSixtyFourMebibytesOfHeap(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("blob.bin");
    String digest = writeRandomFile(source);
    Path target = dir.resolve("pulled.bin");

    try (EmbeddedRegistry registry =
        RequiredPeers.registry(RegistryFlavor.DISTRIBUTION_2, RegistryLauncher.Mode.PROCESS)
            .start()) {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process child =
          new ProcessBuilder(
                  List.of(
                      java.toString(),
                      "-Xmx64m",
                      "-cp",
                      System.getProperty("java.class.path"),
                      LargeBlobRoundTrip.class.getName(),
                      registry.hostPort(),
                      source.toString(),
                      digest,
                      target.toString()))
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("child.log").toFile())
              .start();
      boolean finished = child.waitFor(120, TimeUnit.SECONDS);
      if (!finished) {
        child.destroyForcibly();
      }
      String log = Files.readString(dir.resolve("child.log"));
      assertThat(finished).as("child finished; log:\n" + log).isTrue();
      assertThat(child.exitValue()).as("child exit; log:\n" + log).isZero();
      assertThat(log).contains("max heap ");
      assertThat(Long.parseLong(log.replaceAll("(?s).*max heap (\\d+).*", "$1")))
          .isLessThanOrEqualTo(64L * MIB);
    }
    assertThat(Files.size(target)).isEqualTo((long) SIZE_MIB * MIB);
    assertThat(sha256(target)).isEqualTo(digest);
  }

  private static String writeRandomFile(Path file) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    byte[] chunk = new byte[MIB];
    new SplittableRandom(42).nextBytes(chunk);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < SIZE_MIB; i++) {
        ByteBuffer.wrap(chunk)
            .putInt(i); // every MiB differs, so a misplaced chunk changes the digest
        md.update(chunk);
        out.write(chunk);
      }
    }
    return "sha256:" + HexFormat.of().formatHex(md.digest());
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return "sha256:" + HexFormat.of().formatHex(md.digest());
  }
}
