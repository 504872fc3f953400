package dev.helmoci.tck.engine.target;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the embedded registry secures its transport: {@code helm-oci-tck.target.embedded.tls}. */
public enum EmbeddedTransport {
  /** Plain HTTP (the default); clients need {@code --plain-http}. */
  PLAIN("plain"),
  /** TLS with a certificate from a CA generated for the run; clients get {@code --ca-file}. */
  TLS("tls"),
  /**
   * TLS that also requires a client certificate from that CA; clients get {@code
   * --cert-file}/{@code --key-file}.
   */
  MTLS("mtls"),
  /**
   * TLS with a certificate no CA vouches for; clients skip verification ({@code
   * --insecure-skip-tls-verify}).
   */
  SELF_SIGNED("self-signed");

  public static final String PROPERTY_NAME = "helm-oci-tck.target.embedded.tls";

  private final String value;

  EmbeddedTransport(String value) {
    this.value = value;
  }

  /** The value as written in the configuration. */
  public String value() {
    return value;
  }

  public static EmbeddedTransport parse(String text) {
    return Arrays.stream(values())
        .filter(v -> v.value.equals(text.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    PROPERTY_NAME
                        + " must be one of "
                        + Arrays.stream(values())
                            .map(EmbeddedTransport::value)
                            .collect(Collectors.joining(", "))
                        + ", was '"
                        + text
                        + "'"));
  }
}
