package dev.helmoci.tck.engine.run;

import dev.helmoci.tck.engine.target.TlsOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** Builds the OkHttp client for raw {@code http} steps, trusting the target as Helm's flags would. */
final class HttpClients {

    private HttpClients() {
    }

    static OkHttpClient forTarget(TlsOptions tls, Duration timeout) throws IOException, GeneralSecurityException {
        OkHttpClient.Builder builder = new OkHttpClient.Builder().callTimeout(timeout).readTimeout(timeout);
        if (tls.insecure()) {
            X509TrustManager trustAll = new TrustingEveryone();
            builder.sslSocketFactory(context(trustAll).getSocketFactory(), trustAll).hostnameVerifier((h, s) -> true);
        } else if (tls.caFile().isPresent()) {
            X509TrustManager trust = trusting(tls);
            builder.sslSocketFactory(context(trust).getSocketFactory(), trust);
        }
        return builder.build();
    }

    private static X509TrustManager trusting(TlsOptions tls) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(tls.caFile().orElseThrow())) {
            int index = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager) {
                return (X509TrustManager) manager;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager for " + tls.caFile().get());
    }

    private static SSLContext context(X509TrustManager trust) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trust}, null);
        return context;
    }

    /** Helm's --insecure-skip-tls-verify. */
    private static final class TrustingEveryone implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
