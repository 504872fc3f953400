package dev.helmoci.tck.client.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.transport.RetryPolicy;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.IOException;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * {@code docker.io} references talk to {@code registry-1.docker.io}; seen through a proxy, offline.
 */
class DockerHubHostTest {

  @Test
  void dockerIoTrafficGoesToRegistryOne() throws Exception {
    try (MockWebServer proxy = new MockWebServer()) {
      proxy.enqueue(new MockResponse().setResponseCode(403));
      RegistryClient client =
          RegistryClient.builder("docker.io")
              .transportOptions(
                  TransportOptions.builder()
                      .retryPolicy(RetryPolicy.NONE)
                      .proxyEnvironment(
                          Map.of(
                              "HTTPS_PROXY",
                              "http://" + proxy.getHostName() + ":" + proxy.getPort()))
                      .build())
              .build();
      assertThatThrownBy(client::ping).isInstanceOf(IOException.class);
      assertThat(proxy.takeRequest().getRequestLine())
          .isEqualTo("CONNECT registry-1.docker.io:443 HTTP/1.1");
      assertThat(client.registry()).isEqualTo("docker.io");
    }
  }
}
