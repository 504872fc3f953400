package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.action.Messages;
import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.credentials.CredentialStore;
import dev.helmoci.tck.client.internal.credentials.ServerAddresses;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.IOException;

/**
 * {@code helm registry login} and {@code logout}: ping {@code /v2/} with the new credential (first
 * with the OAuth2 POST token flow, then the classic flow), store it only when the ping answers 200.
 */
public final class RegistryLogin {
  private final TransportOptions transport;
  private final CredentialStore store;
  private final Messages out;

  public RegistryLogin(TransportOptions transport, CredentialStore store, Messages out) {
    this.transport = transport;
    this.store = store;
    this.out = out;
  }

  public void login(String host, String username, String password) throws IOException {
    if (username.contains(":")) {
      throw new HelmException("bad credential format: colons(:) are not allowed in username");
    }
    Credential credential = Credential.basic(username, password);
    try {
      ping(host, credential, true);
    } catch (IOException | RuntimeException firstAttempt) {
      try {
        ping(host, credential, false);
      } catch (IOException | RuntimeException e) {
        throw new HelmException("authenticating to \"" + host + "\": " + e.getMessage(), e);
      }
    }
    store.put(ServerAddresses.fromHostname(ServerAddresses.fromRegistry(host)), credential);
    out.registry("Login Succeeded");
  }

  public void logout(String host) throws IOException {
    store.delete(ServerAddresses.fromRegistry(host));
    out.registry("Removing login credentials for " + host);
  }

  private void ping(String host, Credential credential, boolean oauth2) throws IOException {
    RegistryClient client =
        RegistryClient.builder(host)
            .transportOptions(transport)
            .credentials(CredentialProvider.always(credential))
            .forceAttemptOAuth2(oauth2)
            .build();
    client.ping();
  }
}
