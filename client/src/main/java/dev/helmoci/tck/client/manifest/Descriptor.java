package dev.helmoci.tck.client.manifest;

import dev.helmoci.tck.client.reference.Digest;
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
}
