package dev.helmoci.tck.client.credentials;

import dev.helmoci.tck.client.auth.Credential;
import java.io.IOException;

/**
 * Credentials by server address (the key in {@code config.json}, e.g. {@code host:port} or {@code
 * https://index.docker.io/v1/}). {@link Credential#EMPTY} means "none stored".
 */
public interface CredentialStore {
  Credential get(String serverAddress) throws IOException;

  void put(String serverAddress, Credential credential) throws IOException;

  void delete(String serverAddress) throws IOException;
}
