package dev.helmoci.tck.engine.target;

import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.transport.RetryPolicy;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.engine.evidence.StepTranscript;
import java.io.IOException;
import java.time.Duration;

/**
 * The reference client's registry API for a target: its TLS options and credentials, mapped in one
 * place.
 */
public final class TargetClients {
  private TargetClients() {}

  /** The target's TLS options as the reference client's transport flags. */
  public static TransportOptions transportOptions(Target target) {
    TransportOptions.Builder transport =
        TransportOptions.builder()
            .plainHttp(target.tls().plainHttp())
            .insecureSkipTlsVerify(target.tls().insecure());
    target.tls().caFile().ifPresent(transport::caFile);
    target
        .tls()
        .clientCertificate()
        .ifPresent(c -> transport.clientCertificate(c.certFile(), c.keyFile()));
    return transport.build();
  }

  public static RegistryClient registryClient(Target target) throws IOException {
    return registryClient(target, transportOptions(target));
  }

  /**
   * For the kit's own housekeeping (cleanup): no retries, since a registry that answers a delete or
   * a listing with 5xx answers the next one the same way, and Helm's backoff would turn hundreds of
   * requests into minutes.
   */
  public static RegistryClient housekeepingClient(Target target) throws IOException {
    return registryClient(
        target, transportOptions(target).toBuilder().retryPolicy(RetryPolicy.NONE).build());
  }

  /**
   * For raw steps: the step's deadline on every call and no retries (a raw step must see the
   * registry's first answer); every exchange goes to the transcript of the step that caused it.
   */
  public static RegistryClient rawClient(Target target, Duration timeout) throws IOException {
    return registryClient(
        target,
        transportOptions(target).toBuilder()
            .retryPolicy(RetryPolicy.NONE)
            .readTimeout(timeout)
            .callTimeout(timeout)
            .observer(StepTranscript::exchange)
            .build());
  }

  private static RegistryClient registryClient(Target target, TransportOptions transport)
      throws IOException {
    CredentialProvider credentials =
        target
            .credentials()
            .map(c -> CredentialProvider.always(Credential.basic(c.username(), c.password())))
            .orElse(CredentialProvider.NONE);
    return RegistryClient.builder(target.registry())
        .transportOptions(transport)
        .credentials(credentials)
        .build();
  }
}
