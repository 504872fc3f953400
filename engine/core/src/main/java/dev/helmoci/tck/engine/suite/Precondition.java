package dev.helmoci.tck.engine.suite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a case needs from the target before it can say anything about Helm (a case's {@code
 * requires}). When one is absent the case is {@code unsupported}, with a reason that names the
 * setting that provides it.
 */
public enum Precondition {
  /** The target has credentials (a registry user): login, logout and pushes that need auth. */
  CREDENTIALS(
      "credentials",
      "no registry credentials are configured (set OCI_USERNAME and OCI_PASSWORD, or "
          + "helm-oci-tck.target.username and OCI_PASSWORD)"),
  /**
   * The registry is meant to enforce access control, which the kit takes as said when credentials
   * are configured: against an open registry (no accounts) nothing about refusals is wrong for
   * Helm.
   */
  ACCESS_CONTROL(
      "access-control",
      "no registry credentials are configured, so the kit takes the registry to be "
          + "open and has no refusal to check (set OCI_USERNAME and OCI_PASSWORD for a registry with accounts)"),
  /** A second, pull-only account. */
  READER_ACCOUNT(
      "reader-account",
      "no pull-only account is configured (set OCI_READER_USERNAME and "
          + "OCI_READER_PASSWORD, or helm-oci-tck.target.reader.username with OCI_READER_PASSWORD)");

  private final String key;
  private final String absentReason;

  Precondition(String key, String absentReason) {
    this.key = key;
    this.absentReason = absentReason;
  }

  /** The name a suite writes in {@code requires}. */
  public String key() {
    return key;
  }

  /** Why a case that needs this is unsupported when it is absent. */
  public String absentReason() {
    return absentReason;
  }

  public static Optional<Precondition> of(String key) {
    return Arrays.stream(values())
        .filter(p -> p.key.equals(key.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  public static String keys() {
    return Arrays.stream(values()).map(Precondition::key).collect(Collectors.joining(", "));
  }
}
