package dev.helmoci.tck.client.registry;

import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point run in a forked JVM with a small heap by {@link LargeBlobMemoryIT}: pushes a file as
 * a blob and pulls it back into another file. Exits non-zero on any failure.
 */
public final class LargeBlobRoundTrip {
  private LargeBlobRoundTrip() {}

  /** Arguments: registry host:port, source file, digest, target file. */
  public static void main(String[] args) throws Exception {
    String registry = args[0];
    Path source = Path.of(args[1]);
    BlobDescriptor blob =
        new BlobDescriptor(MediaTypes.OCTET_STREAM, Digest.parse(args[2]), Files.size(source));
    RegistryClient client =
        RegistryClient.builder(registry)
            .transportOptions(TransportOptions.builder().plainHttp(true).build())
            .build();
    client.pushBlob("large/blob", blob, BlobSource.of(source));
    client.fetchBlob("large/blob", blob, Path.of(args[3]));
    System.out.println("max heap " + Runtime.getRuntime().maxMemory());
    System.exit(0); // OkHttp's pool threads would otherwise keep the JVM alive for a minute
  }
}
