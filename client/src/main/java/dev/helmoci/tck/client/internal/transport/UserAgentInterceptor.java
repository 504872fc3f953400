package dev.helmoci.tck.client.internal.transport;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sets Helm's {@code User-Agent} on every request, registry and token server alike. */
public final class UserAgentInterceptor implements Interceptor {
  private final String userAgent;

  public UserAgentInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
  }
}
