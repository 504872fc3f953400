package dev.helmoci.tck.client.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.registry.MockRegistry;
import dev.helmoci.tck.client.registry.NotFoundException;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.transport.ErrorResponseException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class PingTest {

  @Test
  void okOnTwoHundredWithHelmUserAgent() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody("{}"));
      MockRegistry.client(server).ping();
      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod() + " " + request.getPath()).isEqualTo("GET /v2/");
      assertThat(request.getHeader("User-Agent")).isEqualTo("Helm/3.21.4");
    }
  }

  @Test
  void notFoundAndErrorResponses() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(404));
      server.enqueue(new MockResponse().setResponseCode(500));
      server.enqueue(
          new MockResponse()
              .setResponseCode(401)
              .setBody(
                  "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\",\"detail\":"
                      + "[{\"Type\":\"repository\",\"Name\":\"r\",\"Action\":\"pull\"}]},"
                      + "{\"code\":\"DENIED\",\"message\":\"\"}]}"));
      RegistryClient client = MockRegistry.client(server);
      String url = MockRegistry.url(server, "/v2/");

      assertThatThrownBy(client::ping)
          .isInstanceOf(NotFoundException.class)
          .hasMessage("not found");
      assertThatThrownBy(client::ping)
          .isInstanceOf(ErrorResponseException.class)
          .hasMessage("GET \"" + url + "\": response status code 500: Internal Server Error");
      assertThatThrownBy(client::ping)
          .isInstanceOf(ErrorResponseException.class)
          .hasMessage(
              "GET \""
                  + url
                  + "\": response status code 401: unauthorized: authentication required: "
                  + "[map[Action:pull Name:r Type:repository]]; denied");
    }
  }
}
