package dev.helmoci.tck.engine.target;

import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.IOException;

/** The reference client's registry API for a target: its TLS options and credentials, mapped in one place. */
public final class TargetClients {
    private TargetClients() {
    }

    public static RegistryClient registryClient(Target target) throws IOException {
        TransportOptions.Builder transport = TransportOptions.builder().plainHttp(target.tls().plainHttp())
                .insecureSkipTlsVerify(target.tls().insecure());
        target.tls().caFile().ifPresent(transport::caFile);
        target.tls().clientCertificate().ifPresent(c -> transport.clientCertificate(c.certFile(), c.keyFile()));
        CredentialProvider credentials = target.credentials()
                .map(c -> CredentialProvider.always(Credential.basic(c.username(), c.password())))
                .orElse(CredentialProvider.NONE);
        return RegistryClient.builder(target.registry()).transportOptions(transport.build()).credentials(credentials)
                .build();
    }
}
