package dev.helmoci.tck.client.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Digest strings as go-digest parses them, and sha256 helpers. */
final class Digests {
  private static final Pattern FORMAT =
      Pattern.compile("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$");
  private static final Map<String, Integer> HEX_LENGTH = Map.of("sha256", 64, "sha384", 96, "sha512", 128);

  private Digests() {}

  /** go-digest's {@code Parse} error text for an invalid digest, or empty when valid. */
  static Optional<String> problem(String digest) {
    if (!FORMAT.matcher(digest).matches()) {
      return Optional.of("invalid checksum digest format");
    }
    int colon = digest.indexOf(':');
    Integer length = HEX_LENGTH.get(digest.substring(0, colon));
    if (length == null) {
      return Optional.of("unsupported digest algorithm");
    }
    String hex = digest.substring(colon + 1);
    if (hex.length() != length) {
      return Optional.of("invalid checksum digest length");
    }
    return hex.matches("[a-f0-9]+") ? Optional.empty() : Optional.of("invalid checksum digest format");
  }

  static boolean isDigest(String reference) {
    return problem(reference).isEmpty();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  static String sha256(byte[] content) {
    return "sha256:" + HexFormat.of().formatHex(sha256().digest(content));
  }

  /** A verifier for the digest's algorithm (sha256, sha384 or sha512). */
  static MessageDigest forDigest(String digest) throws RegistryException {
    String algorithm = switch (digest.substring(0, Math.max(0, digest.indexOf(':')))) {
      case "sha256" -> "SHA-256";
      case "sha384" -> "SHA-384";
      case "sha512" -> "SHA-512";
      default -> throw new RegistryException("unsupported digest algorithm");
    };
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  static String format(String digest, MessageDigest md) {
    return digest.substring(0, digest.indexOf(':') + 1) + HexFormat.of().formatHex(md.digest());
  }
}
