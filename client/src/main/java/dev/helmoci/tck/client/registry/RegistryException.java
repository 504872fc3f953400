package dev.helmoci.tck.client.registry;

import java.io.IOException;

/**
 * A registry answer broke what Helm (oras-go) expects: wrong digest, missing header, bad Location,
 * corrupt content. The message is oras-go's text for the same failure. HTTP error statuses arrive
 * as {@link dev.helmoci.tck.client.transport.ErrorResponseException} instead.
 */
public class RegistryException extends IOException {
  private static final long serialVersionUID = 1L;

  public RegistryException(String message) {
    super(message);
  }

  public RegistryException(String message, Throwable cause) {
    super(message, cause);
  }
}
