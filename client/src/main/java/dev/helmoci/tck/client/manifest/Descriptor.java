package dev.helmoci.tck.client.manifest;

import dev.helmoci.tck.client.reference.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/** An OCI content descriptor as Helm writes it: media type, digest and size only. */
public record Descriptor(String mediaType, Digest digest, long size) {
  public Descriptor {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(digest, "digest");
  }

  /** Describes {@code content} with its sha256 digest and length. */
  public static Descriptor of(String mediaType, byte[] content) {
    return new Descriptor(mediaType, Digest.sha256(content), content.length);
  }

  /** Describes a file's content, read once through the hasher: memory stays flat with its size. */
  public static Descriptor of(String mediaType, Path file) throws IOException {
    MessageDigest hasher = Digest.newHasher("sha256");
    long size;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), hasher)) {
      size = in.transferTo(OutputStreams.DISCARD);
    }
    return new Descriptor(
        mediaType, Digest.parse("sha256:" + HexFormat.of().formatHex(hasher.digest())), size);
  }

  private static final class OutputStreams {
    static final java.io.OutputStream DISCARD = java.io.OutputStream.nullOutputStream();
  }
}
