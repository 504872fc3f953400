package dev.helmoci.tck.engine.run;

import dev.helmoci.tck.client.transport.RegistryTransport;
import dev.helmoci.tck.client.transport.RetryPolicy;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.engine.target.TlsOptions;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The OkHttp client for raw {@code http} steps: the reference client's transport (CA file, client certificate,
 * skip-verify, as Helm's flags would), but without retries — a raw step must see the registry's first answer.
 */
final class HttpClients {

    private HttpClients() {
    }

    static OkHttpClient forTarget(TlsOptions tls, Duration timeout) throws IOException {
        TransportOptions.Builder options = TransportOptions.builder().plainHttp(tls.plainHttp())
                .insecureSkipTlsVerify(tls.insecure()).retryPolicy(RetryPolicy.NONE)
                .readTimeout(timeout).callTimeout(timeout);
        tls.caFile().ifPresent(options::caFile);
        tls.clientCertificate().ifPresent(c -> options.clientCertificate(c.certFile(), c.keyFile()));
        return RegistryTransport.create(options.build()).client();
    }
}
