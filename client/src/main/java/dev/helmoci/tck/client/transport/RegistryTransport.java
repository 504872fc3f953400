package dev.helmoci.tck.client.transport;

import dev.helmoci.tck.client.internal.transport.EnvironmentProxySelector;
import dev.helmoci.tck.client.internal.transport.ObservingInterceptor;
import dev.helmoci.tck.client.internal.transport.ProxySetup;
import dev.helmoci.tck.client.internal.transport.RetryInterceptor;
import dev.helmoci.tck.client.internal.transport.TlsSetup;
import dev.helmoci.tck.client.internal.transport.UserAgentInterceptor;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The one HTTP stack for a registry: TLS, timeouts, {@code User-Agent}, Helm's retry policy,
 * redirects (OkHttp drops {@code Authorization} when a hop changes scheme, host or port) and the
 * exchange observer. Everything above it (auth, operations) sends through {@link #client}.
 *
 * <p>Interceptor order mirrors Helm's Go stack, outermost first: caller layers (auth) → retry →
 * network (observer per hop).
 */
public final class RegistryTransport {
  private final TransportOptions options;
  private final OkHttpClient base;

  private RegistryTransport(TransportOptions options, OkHttpClient base) {
    this.options = options;
    this.base = base;
  }

  /** Builds the stack; fails when TLS files cannot be read or parsed. */
  public static RegistryTransport create(TransportOptions options) throws IOException {
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .connectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .callTimeout(options.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .followRedirects(true)
            .followSslRedirects(true)
            .addNetworkInterceptor(new ObservingInterceptor(options.observer()));
    options.sharedConnections().ifPresent(shared -> builder.connectionPool(shared.pool()));
    TlsSetup.apply(options, builder);
    options
        .proxyEnvironment()
        .ifPresent(env -> ProxySetup.apply(new EnvironmentProxySelector(env), builder));
    return new RegistryTransport(options, builder.build());
  }

  public TransportOptions options() {
    return options;
  }

  /** Client without any auth layer: what token fetches and anonymous calls use. */
  public OkHttpClient client() {
    return client(List.of());
  }

  /**
   * Client with the given layers placed outside the retry layer, so each retry re-runs only the
   * network send, as oras-go's auth client over {@code retry.Transport}.
   */
  public OkHttpClient client(List<Interceptor> outerLayers) {
    OkHttpClient.Builder builder = base.newBuilder();
    builder.interceptors().clear();
    builder.addInterceptor(new UserAgentInterceptor(options.userAgent()));
    outerLayers.forEach(builder::addInterceptor);
    builder.addInterceptor(new RetryInterceptor(options.retryPolicy(), options.readTimeout()));
    return builder.build();
  }

  /** {@code <scheme>://<host[:port]>/} for a registry, honouring plain HTTP. */
  public HttpUrl registryUrl(String hostPort) {
    HttpUrl url = HttpUrl.parse(options.scheme() + "://" + hostPort + "/");
    if (url == null) {
      throw new IllegalArgumentException("invalid registry host \"" + hostPort + "\"");
    }
    return url;
  }
}
