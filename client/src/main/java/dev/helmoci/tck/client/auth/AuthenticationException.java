package dev.helmoci.tck.client.auth;

import java.io.IOException;

/**
 * Authentication could not be completed (no credential, realm refused, token endpoint failure).
 * Messages follow oras-go and never contain a password or token.
 */
public final class AuthenticationException extends IOException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message) {
    super(message);
  }

  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
