package dev.helmoci.tck.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.transport.RegistryTransport;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.net.URI;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class EnvironmentProxySelectorTest {
  private static final Map<String, String> ENV =
      Map.of(
          "HTTPS_PROXY", "proxy.corp:3128",
          "http_proxy", "http://plain.corp:8080",
          "NO_PROXY", "internal.example, .sub.example, 10.0.0.0/8, registry.example:5000");

  private static String proxy(String url) {
    return new EnvironmentProxySelector(ENV)
        .proxyUri(URI.create(url))
        .map(URI::toString)
        .orElse("direct");
  }

  @Test
  void choosesBySchemeAndHonoursNoProxy() {
    assertThat(proxy("https://ghcr.io/v2/")).isEqualTo("http://proxy.corp:3128");
    assertThat(proxy("http://ghcr.io/v2/")).isEqualTo("http://plain.corp:8080");
    assertThat(proxy("https://internal.example/v2/")).isEqualTo("direct");
    assertThat(proxy("https://a.internal.example/v2/")).isEqualTo("direct");
    assertThat(proxy("https://sub.example/v2/")).isEqualTo("http://proxy.corp:3128");
    assertThat(proxy("https://x.sub.example/v2/")).isEqualTo("direct");
    assertThat(proxy("https://10.1.2.3/v2/")).isEqualTo("direct");
    assertThat(proxy("https://registry.example:5000/v2/")).isEqualTo("direct");
    assertThat(proxy("https://registry.example:5001/v2/")).isEqualTo("http://proxy.corp:3128");
    assertThat(proxy("http://localhost:5000/v2/")).isEqualTo("direct");
    assertThat(proxy("http://127.0.0.1:5000/v2/")).isEqualTo("direct");
    assertThat(
            new EnvironmentProxySelector(Map.of("HTTPS_PROXY", "p:1", "NO_PROXY", "*"))
                .proxyUri(URI.create("https://ghcr.io/")))
        .isEmpty();
  }

  @Test
  void requestsGoThroughTheProxyWithItsCredentials() throws Exception {
    try (MockWebServer proxy = new MockWebServer()) {
      proxy.enqueue(
          new MockResponse()
              .setResponseCode(407)
              .setHeader("Proxy-Authenticate", "Basic realm=\"p\""));
      proxy.enqueue(new MockResponse().setBody("{}"));
      String proxyUrl = "http://pu:pp@" + proxy.getHostName() + ":" + proxy.getPort();
      RegistryTransport transport =
          RegistryTransport.create(
              TransportOptions.builder()
                  .plainHttp(true)
                  .proxyEnvironment(Map.of("HTTP_PROXY", proxyUrl))
                  .build());

      Request request =
          new Request.Builder()
              .url(transport.registryUrl("registry.invalid:5000").resolve("/v2/"))
              .build();
      try (Response response = transport.client().newCall(request).execute()) {
        assertThat(response.code()).isEqualTo(200);
      }
      RecordedRequest first = proxy.takeRequest();
      assertThat(first.getRequestLine()).isEqualTo("GET http://registry.invalid:5000/v2/ HTTP/1.1");
      assertThat(proxy.takeRequest().getHeader("Proxy-Authorization"))
          .isEqualTo(okhttp3.Credentials.basic("pu", "pp"));
    }
  }
}
