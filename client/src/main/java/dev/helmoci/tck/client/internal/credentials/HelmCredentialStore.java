package dev.helmoci.tck.client.internal.credentials;

import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.credentials.CredentialStore;
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
  private Optional<String> detectedHelm;
  private Optional<String> detectedDocker;
  private boolean detectedSaved;

  public HelmCredentialStore(
      DockerConfigFile helmFile, DockerConfigFile dockerFile, Map<String, String> env) {
    this.helmFile = helmFile;
    this.dockerFile = dockerFile;
    this.env = Map.copyOf(env);
  }

  /** The store Helm builds for this environment (see {@link RegistryConfigPaths}). */
  public static HelmCredentialStore fromEnvironment(Map<String, String> env) {
    return new HelmCredentialStore(
        new DockerConfigFile(RegistryConfigPaths.helmRegistryConfig(env)),
        new DockerConfigFile(RegistryConfigPaths.dockerConfig(env)),
        env);
  }

  @Override
  public Credential get(String serverAddress) throws IOException {
    detect();
    Credential primary = storeFor(helmFile, detectedHelm, serverAddress).get(serverAddress);
    if (!primary.isEmpty()) {
      return primary;
    }
    return storeFor(dockerFile, detectedDocker, serverAddress).get(serverAddress);
  }

  @Override
  public void put(String serverAddress, Credential credential) throws IOException {
    if (credential.username().contains(":")) {
      throw new IOException("bad credential format: colons(:) are not allowed in username");
    }
    detect();
    storeFor(helmFile, detectedHelm, serverAddress).put(serverAddress, credential);
    synchronized (this) {
      if (detectedHelm.isPresent() && !detectedSaved) {
        helmFile.setCredentialsStore(detectedHelm.get()); // first put records the detected helper
        detectedSaved = true;
      }
    }
  }

  @Override
  public void delete(String serverAddress) throws IOException {
    detect();
    storeFor(helmFile, detectedHelm, serverAddress).delete(serverAddress);
  }

  /**
   * This store as the auth layer's credential source: the request host is mapped to its key ({@code
   * registry-1.docker.io} → Docker Hub's) before lookup.
   */
  public CredentialProvider asProvider() {
    return hostPort ->
        hostPort.isEmpty() ? Credential.EMPTY : get(ServerAddresses.fromHostname(hostPort));
  }

  /**
   * For a file without any auth configured, the platform's default native store, found once as
   * Helm's {@code DetectDefaultNativeStore: true} does when it builds its store.
   */
  private synchronized void detect() throws IOException {
    if (detectedHelm == null) {
      Optional<String> platform = NativeHelpers.defaultHelper(env);
      detectedHelm = helmFile.isAuthConfigured() ? Optional.empty() : platform;
      detectedDocker = dockerFile.isAuthConfigured() ? Optional.empty() : platform;
    }
  }

  private CredentialStore storeFor(
      DockerConfigFile file, Optional<String> detected, String serverAddress) throws IOException {
    Optional<String> helper = file.credentialHelper(serverAddress);
    if (helper.isEmpty()) {
      helper = file.credentialsStore().or(() -> detected);
    }
    return helper
        .<CredentialStore>map(name -> new NativeCredentialHelper(name, env, HELPER_TIMEOUT))
        .orElse(file);
  }
}
