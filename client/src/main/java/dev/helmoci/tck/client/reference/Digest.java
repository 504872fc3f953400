package dev.helmoci.tck.client.reference;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A content digest {@code algorithm:encoded}, validated as opencontainers/go-digest v1.0.0 does:
 * sha256, sha384 and sha512 with lower-case hex of the right length, with its error texts.
 */
public final class Digest {
  /** go-digest's {@code ErrDigestInvalidFormat} text. */
  public static final String INVALID_FORMAT = "invalid checksum digest format";

  /** go-digest v1.0.0's {@code ErrDigestInvalidLength} text (the version oras-go and Helm use). */
  public static final String INVALID_LENGTH = "invalid checksum digest length";

  /** go-digest's {@code ErrDigestUnsupported} text. */
  public static final String UNSUPPORTED = "unsupported digest algorithm";

  private static final Pattern ANCHORED =
      Pattern.compile("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$");
  private static final Map<String, Integer> HEX_LENGTHS =
      Map.of("sha256", 64, "sha384", 96, "sha512", 128);
  private static final Map<String, String> JCA_NAMES =
      Map.of("sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

  private final String algorithm;
  private final String encoded;

  private Digest(String algorithm, String encoded) {
    this.algorithm = algorithm;
    this.encoded = encoded;
  }

  /**
   * Parses and validates a digest string.
   *
   * @throws IllegalArgumentException with go-digest's cause text ({@link #INVALID_FORMAT}, {@link
   *     #INVALID_LENGTH} or {@link #UNSUPPORTED}) when the string is not a valid digest
   */
  public static Digest parse(String text) {
    String cause = validationError(text);
    if (cause != null) {
      throw new IllegalArgumentException(cause);
    }
    int colon = text.indexOf(':');
    return new Digest(text.substring(0, colon), text.substring(colon + 1));
  }

  /**
   * go-digest's {@code Parse} error text for {@code text} (what oras-go, and so Helm, puts in its
   * message), or empty when it is a valid digest. Checked against go-digest itself by {@code
   * GoVectorsIT}.
   */
  public static java.util.Optional<String> problem(String text) {
    return java.util.Optional.ofNullable(validationError(text));
  }

  /** The go-digest {@code Validate} error text for {@code text}, or null when it is valid. */
  static String validationError(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon + 1 == text.length()) {
      return INVALID_FORMAT;
    }
    String alg = text.substring(0, colon);
    Integer hexLength = HEX_LENGTHS.get(alg);
    if (hexLength == null) {
      return ANCHORED.matcher(text).matches() ? UNSUPPORTED : INVALID_FORMAT;
    }
    String hex = text.substring(colon + 1);
    if (hex.length() != hexLength) {
      return INVALID_LENGTH;
    }
    return hex.chars().allMatch(Digest::isLowerHex) ? null : INVALID_FORMAT;
  }

  private static boolean isLowerHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  /** The sha256 digest of {@code content} (go-digest's canonical algorithm). */
  public static Digest sha256(byte[] content) {
    return new Digest("sha256", HexFormat.of().formatHex(newHasher("sha256").digest(content)));
  }

  /**
   * A fresh JCA hasher for a supported algorithm ({@code sha256}, {@code sha384}, {@code sha512}).
   */
  public static MessageDigest newHasher(String algorithm) {
    String jca = JCA_NAMES.get(algorithm);
    if (jca == null) {
      throw new IllegalArgumentException(UNSUPPORTED + ": " + algorithm);
    }
    try {
      return MessageDigest.getInstance(jca);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JVM lacks " + jca, e);
    }
  }

  public String algorithm() {
    return algorithm;
  }

  /** The hex part after the colon. */
  public String encoded() {
    return encoded;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Digest d && d.algorithm.equals(algorithm) && d.encoded.equals(encoded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, encoded);
  }

  @Override
  public String toString() {
    return algorithm + ":" + encoded;
  }
}
