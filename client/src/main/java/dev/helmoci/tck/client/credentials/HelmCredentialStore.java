package dev.helmoci.tck.client.credentials;

import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Helm's credential store: its own {@code registry/config.json} (with {@code credHelpers} and
 * {@code credsStore} honoured) and, for reads only, Docker's {@code config.json}. Writes and
 * deletes touch only Helm's file or its helper, as oras-go's {@code NewStoreWithFallbacks}.
 */
public final class HelmCredentialStore implements CredentialStore {
  /** How long a credential helper may run before the call fails. */
  public static final Duration HELPER_TIMEOUT = Duration.ofSeconds(30);

  private final DockerConfigFile helmFile;
  private final DockerConfigFile dockerFile;
  private final Map<String, String> env;

  public HelmCredentialStore(DockerConfigFile helmFile, DockerConfigFile dockerFile, Map<String, String> env) {
    this.helmFile = helmFile;
    this.dockerFile = dockerFile;
    this.env = Map.copyOf(env);
  }

  /** The store Helm builds for this environment (see {@link RegistryConfigPaths}). */
  public static HelmCredentialStore fromEnvironment(Map<String, String> env) {
    return new HelmCredentialStore(new DockerConfigFile(RegistryConfigPaths.helmRegistryConfig(env)),
        new DockerConfigFile(RegistryConfigPaths.dockerConfig(env)), env);
  }

  @Override
  public Credential get(String serverAddress) throws IOException {
    Credential primary = storeFor(helmFile, serverAddress).get(serverAddress);
    if (!primary.isEmpty()) {
      return primary;
    }
    return storeFor(dockerFile, serverAddress).get(serverAddress);
  }

  @Override
  public void put(String serverAddress, Credential credential) throws IOException {
    if (credential.username().contains(":")) {
      throw new IOException("bad credential format: colons(:) are not allowed in username");
    }
    storeFor(helmFile, serverAddress).put(serverAddress, credential);
  }

  @Override
  public void delete(String serverAddress) throws IOException {
    storeFor(helmFile, serverAddress).delete(serverAddress);
  }

  /**
   * This store as the auth layer's credential source: the request host is mapped to its key
   * ({@code registry-1.docker.io} → Docker Hub's) before lookup.
   */
  public CredentialProvider asProvider() {
    return hostPort -> hostPort.isEmpty() ? Credential.EMPTY : get(ServerAddresses.fromHostname(hostPort));
  }

  private CredentialStore storeFor(DockerConfigFile file, String serverAddress) throws IOException {
    Optional<String> helper = file.credentialHelper(serverAddress).or(() -> {
      try {
        return file.credentialsStore();
      } catch (IOException e) {
        return Optional.empty();
      }
    });
    return helper.<CredentialStore>map(name -> new NativeCredentialHelper(name, env, HELPER_TIMEOUT))
        .orElse(file);
  }
}
