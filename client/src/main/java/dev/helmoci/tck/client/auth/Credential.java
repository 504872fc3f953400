package dev.helmoci.tck.client.auth;

import java.util.Objects;

/**
 * What a credential store holds for one registry, as oras-go's {@code auth.Credential}:
 * username/password, an identity token (OAuth2 refresh token) or a registry token (a bearer access
 * token used as is). {@link #toString()} never shows a secret.
 */
public record Credential(
    String username, String password, String refreshToken, String accessToken) {
  public static final Credential EMPTY = new Credential("", "", "", "");

  public Credential {
    username = Objects.requireNonNullElse(username, "");
    password = Objects.requireNonNullElse(password, "");
    refreshToken = Objects.requireNonNullElse(refreshToken, "");
    accessToken = Objects.requireNonNullElse(accessToken, "");
  }

  public static Credential basic(String username, String password) {
    return new Credential(username, password, "", "");
  }

  public boolean isEmpty() {
    return equals(EMPTY);
  }

  @Override
  public String toString() {
    return "Credential[username="
        + username
        + ", password="
        + mask(password)
        + ", refreshToken="
        + mask(refreshToken)
        + ", accessToken="
        + mask(accessToken)
        + "]";
  }

  private static String mask(String secret) {
    return secret.isEmpty() ? "" : "REDACTED";
  }
}
