package dev.helmoci.tck.client.internal.registry;

import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.registry.RegistryException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/** Digest strings of registry answers, validated by the one go-digest rule in {@link Digest}. */
public final class Digests {
  private Digests() {}

  /** go-digest's {@code Parse} error text for an invalid digest, or empty when valid. */
  public static Optional<String> problem(String digest) {
    return Digest.problem(digest);
  }

  public static boolean isDigest(String reference) {
    return problem(reference).isEmpty();
  }

  public static MessageDigest sha256() {
    return Digest.newHasher("sha256");
  }

  public static String sha256(byte[] content) {
    return Digest.sha256(content).toString();
  }

  /** A verifier for the digest's algorithm (sha256, sha384 or sha512). */
  public static MessageDigest forDigest(String digest) throws RegistryException {
    try {
      return Digest.newHasher(digest.substring(0, Math.max(0, digest.indexOf(':'))));
    } catch (IllegalArgumentException e) {
      throw new RegistryException(Digest.UNSUPPORTED);
    }
  }

  public static String format(String digest, MessageDigest md) {
    return digest.substring(0, digest.indexOf(':') + 1) + HexFormat.of().formatHex(md.digest());
  }
}
