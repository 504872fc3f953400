package dev.helmoci.tck.client.semver;

import dev.helmoci.tck.client.internal.semver.Prereleases;
import dev.helmoci.tck.client.internal.semver.SemverException;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version with Masterminds/semver v3.5 semantics, as Helm uses it.
 *
 * <p>{@link #parseStrict} is {@code StrictNewVersion} (Helm's filter on registry tags); {@link
 * #parse} is the lenient {@code NewVersion} ({@code 1.2}, {@code v1.2.3}). Comparison ignores build
 * metadata, so {@code 1.0.0+a} and {@code 1.0.0+b} compare equal but are not {@code equals}.
 */
public final class Version implements Comparable<Version> {
  private static final int MAX_LENGTH = 256;
  private static final String NUM = "0123456789";
  private static final String ALLOWED =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-" + NUM;
  private static final BigInteger MAX_UINT64 =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final Pattern LOOSE =
      Pattern.compile(
          "^v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?"
              + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
              + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?$");

  private final BigInteger major;
  private final BigInteger minor;
  private final BigInteger patch;
  private final String pre;
  private final String metadata;
  private final String original;

  private Version(
      BigInteger major,
      BigInteger minor,
      BigInteger patch,
      String pre,
      String metadata,
      String original) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.pre = pre;
    this.metadata = metadata;
    this.original = original;
  }

  /** {@code StrictNewVersion}: exactly {@code MAJOR.MINOR.PATCH[-pre][+meta]}, no {@code v}. */
  public static Version parseStrict(String v) {
    if (v.isEmpty()) {
      throw new SemverException("version string empty");
    }
    checkLength(v);
    String[] parts = v.split("\\.", 3);
    if (parts.length != 3) {
      throw new SemverException("invalid semantic version");
    }
    String metadata = "";
    String pre = "";
    int plus = parts[2].indexOf('+');
    if (plus >= 0) {
      metadata = parts[2].substring(plus + 1);
      parts[2] = parts[2].substring(0, plus);
      validateMetadata(metadata);
    }
    int dash = parts[2].indexOf('-');
    if (dash >= 0) {
      pre = parts[2].substring(dash + 1);
      parts[2] = parts[2].substring(0, dash);
      validatePrerelease(pre);
    }
    for (String p : parts) {
      if (!containsOnly(p, NUM)) {
        throw new SemverException("invalid characters in version");
      }
      if (p.length() > 1 && p.charAt(0) == '0') {
        throw new SemverException("version segment starts with 0");
      }
    }
    return new Version(
        segment(parts[0], "strconv.ParseUint"),
        segment(parts[1], "strconv.ParseUint"),
        segment(parts[2], "strconv.ParseUint"),
        pre,
        metadata,
        v);
  }

  /**
   * {@code NewVersion} (coercing): accepts {@code 1}, {@code 1.2}, {@code v1.2.3}, leading zeros.
   */
  public static Version parse(String v) {
    checkLength(v);
    Matcher m = LOOSE.matcher(v);
    if (!m.matches()) {
      throw new SemverException("invalid semantic version");
    }
    BigInteger major = looseSegment(m.group(1));
    BigInteger minor = m.group(2) == null ? BigInteger.ZERO : looseSegment(m.group(2).substring(1));
    BigInteger patch = m.group(3) == null ? BigInteger.ZERO : looseSegment(m.group(3).substring(1));
    String pre = m.group(5) == null ? "" : m.group(5);
    String metadata = m.group(8) == null ? "" : m.group(8);
    if (!pre.isEmpty()) {
      validatePrerelease(pre);
    }
    if (!metadata.isEmpty()) {
      validateMetadata(metadata);
    }
    return new Version(major, minor, patch, pre, metadata, v);
  }

  private static void checkLength(String v) {
    if (v.length() > MAX_LENGTH) {
      throw new SemverException("version string is too long (max " + MAX_LENGTH + " bytes)");
    }
  }

  private static BigInteger looseSegment(String digits) {
    try {
      return segment(digits, "strconv.ParseUint");
    } catch (SemverException e) {
      throw new SemverException("error parsing version segment: " + e.getMessage());
    }
  }

  private static BigInteger segment(String digits, String function) {
    if (digits.isEmpty()) {
      throw new SemverException(function + ": parsing \"\": invalid syntax");
    }
    BigInteger value = new BigInteger(digits);
    if (value.compareTo(MAX_UINT64) > 0) {
      throw new SemverException(function + ": parsing \"" + digits + "\": value out of range");
    }
    return value;
  }

  private static void validatePrerelease(String pre) {
    for (String p : pre.split("\\.", -1)) {
      if (p.isEmpty()) {
        throw new SemverException("invalid prerelease string");
      } else if (containsOnly(p, NUM)) {
        if (p.length() > 1 && p.charAt(0) == '0') {
          throw new SemverException("version segment starts with 0");
        }
      } else if (!containsOnly(p, ALLOWED)) {
        throw new SemverException("invalid prerelease string");
      }
    }
  }

  private static void validateMetadata(String metadata) {
    for (String p : metadata.split("\\.", -1)) {
      if (p.isEmpty() || !containsOnly(p, ALLOWED)) {
        throw new SemverException("invalid metadata string");
      }
    }
  }

  private static boolean containsOnly(String s, String allowed) {
    return s.chars().allMatch(c -> allowed.indexOf(c) >= 0);
  }

  public BigInteger major() {
    return major;
  }

  public BigInteger minor() {
    return minor;
  }

  public BigInteger patch() {
    return patch;
  }

  /** The prerelease part without the dash, or empty. */
  public String prerelease() {
    return pre;
  }

  /** The build metadata without the plus, or empty. */
  public String metadata() {
    return metadata;
  }

  /** The text this version was parsed from (Go's {@code Original()}). */
  public String original() {
    return original;
  }

  /** Masterminds {@code Compare}: -1, 0 or 1; build metadata is ignored. */
  @Override
  public int compareTo(Version o) {
    int d = major.compareTo(o.major);
    if (d == 0) {
      d = minor.compareTo(o.minor);
    }
    if (d == 0) {
      d = patch.compareTo(o.patch);
    }
    if (d != 0) {
      return Integer.signum(d);
    }
    if (pre.isEmpty() && o.pre.isEmpty()) {
      return 0;
    }
    if (pre.isEmpty()) {
      return 1;
    }
    if (o.pre.isEmpty()) {
      return -1;
    }
    return Prereleases.compare(pre, o.pre);
  }

  public boolean lessThan(Version o) {
    return compareTo(o) < 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Version v && v.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** Go's {@code String()}: normalized {@code MAJOR.MINOR.PATCH[-pre][+meta]} without {@code v}. */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
    if (!pre.isEmpty()) {
      b.append('-').append(pre);
    }
    if (!metadata.isEmpty()) {
      b.append('+').append(metadata);
    }
    return b.toString();
  }
}
