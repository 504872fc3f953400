package dev.helmoci.tck.engine.target;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the embedded registry authenticates: {@code helm-oci-tck.target.embedded.auth}. */
public enum EmbeddedAuth {
  /** htpasswd Basic auth with the run's credentials (the default). */
  BASIC,
  /**
   * Bearer tokens from a token service the kit starts beside the registry; the run's user may do
   * anything.
   */
  BEARER,
  /** Anyone may push and pull; the run has no credentials unless configured. */
  NONE;

  public static final String PROPERTY_NAME = "helm-oci-tck.target.embedded.auth";

  /** The value as written in the configuration. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EmbeddedAuth parse(String text) {
    return Arrays.stream(values())
        .filter(v -> v.value().equals(text.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    PROPERTY_NAME
                        + " must be one of "
                        + Arrays.stream(values())
                            .map(EmbeddedAuth::value)
                            .collect(Collectors.joining(", "))
                        + ", was '"
                        + text
                        + "'"));
  }
}
