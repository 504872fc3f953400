package dev.helmoci.tck.client.internal.transport;

import dev.helmoci.tck.client.transport.SharedConnections;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * Applies Helm's TLS flags to an OkHttp builder: {@code --ca-file} replaces the system roots,
 * {@code --cert-file}/{@code --key-file} add a client certificate, {@code
 * --insecure-skip-tls-verify} trusts any certificate and host name.
 */
public final class TlsSetup {
  private static final char[] NO_PASSWORD = new char[0];
  private static final HostnameVerifier ANY_HOST = (host, session) -> true;
  private static final Map<SharedConnections, Map<Key, Material>> BY_POOL = new WeakHashMap<>();

  private TlsSetup() {}

  public static void apply(TransportOptions options, OkHttpClient.Builder builder)
      throws IOException {
    boolean clientCert = options.certFile().isPresent() && options.keyFile().isPresent();
    if (!clientCert && options.caFile().isEmpty() && !options.insecureSkipTlsVerify()) {
      return;
    }
    Material material =
        options.sharedConnections().isPresent()
            ? shared(options.sharedConnections().get(), options)
            : build(options);
    builder.sslSocketFactory(material.factory(), material.trust());
    if (options.insecureSkipTlsVerify()) {
      builder.hostnameVerifier(ANY_HOST);
    }
  }

  /**
   * The material for these options, made once per pool: a TLS connection is reused only by a client
   * holding the same socket factory. Weak keys: a pool the run dropped takes its material.
   */
  private static Material shared(SharedConnections pool, TransportOptions options)
      throws IOException {
    Key key = Key.of(options);
    Map<Key, Material> known;
    synchronized (BY_POOL) {
      known = BY_POOL.computeIfAbsent(pool, p -> new ConcurrentHashMap<>());
    }
    Material material = known.get(key);
    if (material == null) {
      material = build(options);
      Material raced = known.putIfAbsent(key, material);
      material = raced == null ? material : raced;
    }
    return material;
  }

  private static Material build(TransportOptions options) throws IOException {
    boolean clientCert = options.certFile().isPresent() && options.keyFile().isPresent();
    try {
      X509TrustManager trust =
          options.insecureSkipTlsVerify()
              ? new TrustEverything()
              : trustManager(options.caFile().orElse(null));
      KeyManager[] keys =
          clientCert ? keyManagers(options.certFile().get(), options.keyFile().get()) : null;
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys, new TrustManager[] {trust}, null);
      return new Material(context.getSocketFactory(), trust);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /**
   * A socket factory and its trust. OkHttp reuses a pooled connection only for an equal {@code
   * Address}, which compares the factory by identity: clients sharing a pool must share these too.
   */
  record Material(SSLSocketFactory factory, X509TrustManager trust) {}

  /**
   * What the material is made of: the flags and the files' sizes and modification times, so a
   * certificate rewritten on disk gets new material rather than the cached one.
   */
  record Key(List<Object> parts) {
    static Key of(TransportOptions options) {
      List<Object> parts = new ArrayList<>();
      parts.add(options.insecureSkipTlsVerify());
      for (Optional<Path> file : List.of(options.caFile(), options.certFile(), options.keyFile())) {
        parts.add(file.map(Key::stamp).orElse(""));
      }
      return new Key(List.copyOf(parts));
    }

    private static String stamp(Path file) {
      try {
        return file.toAbsolutePath()
            + "@"
            + Files.size(file)
            + "@"
            + Files.getLastModifiedTime(file);
      } catch (IOException e) {
        // Building the material then fails, naming the file, and nothing is cached.
        return file.toAbsolutePath() + "@unreadable";
      }
    }
  }

  private static X509TrustManager trustManager(Path caFile)
      throws IOException, GeneralSecurityException {
    KeyStore roots = null;
    if (caFile != null) {
      roots = KeyStore.getInstance(KeyStore.getDefaultType());
      roots.load(null, null);
      int i = 0;
      for (X509Certificate cert : PemMaterial.certificates(caFile)) {
        roots.setCertificateEntry("ca-" + i++, cert);
      }
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(roots);
    for (TrustManager tm : factory.getTrustManagers()) {
      if (tm instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no X509 trust manager available");
  }

  private static KeyManager[] keyManagers(Path certFile, Path keyFile)
      throws IOException, GeneralSecurityException {
    List<X509Certificate> chain = PemMaterial.certificates(certFile);
    PrivateKey key = PemMaterial.privateKey(keyFile);
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    store.setKeyEntry("client", key, NO_PASSWORD, chain.toArray(new X509Certificate[0]));
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(store, NO_PASSWORD);
    return factory.getKeyManagers();
  }

  /** {@code InsecureSkipVerify}: accepts every chain, as Go does. */
  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
