package dev.helmoci.tck.client.internal.transport;

import java.net.URI;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/** Installs the environment proxy selector and answers proxy challenges with the URL's userinfo. */
public final class ProxySetup {
  private ProxySetup() {}

  public static void apply(EnvironmentProxySelector selector, OkHttpClient.Builder builder) {
    builder.proxySelector(selector);
    builder.proxyAuthenticator(
        (route, response) -> {
          if (route == null || response.request().header("Proxy-Authorization") != null) {
            return null; // already tried: give up rather than loop
          }
          URI target = response.request().url().uri();
          List<String> user =
              selector.proxyUri(target).map(EnvironmentProxySelector::userInfo).orElse(List.of());
          if (user.isEmpty()) {
            return null;
          }
          return response
              .request()
              .newBuilder()
              .header("Proxy-Authorization", Credentials.basic(user.get(0), user.get(1)))
              .build();
        });
  }
}
