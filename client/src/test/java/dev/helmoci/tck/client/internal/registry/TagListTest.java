package dev.helmoci.tck.client.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.registry.MockRegistry;
import dev.helmoci.tck.client.registry.RegistryClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class TagListTest {

  @Test
  void followsLinkPagesInOrder() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setBody("{\"name\":\"r\",\"tags\":[\"0.1.0\",\"1.0.0_b\"]}")
              .setHeader("Link", "</v2/r/tags/list?last=1.0.0_b&n=2>; rel=\"next\""));
      server.enqueue(new MockResponse().setBody("{\"tags\":[\"latest\"]}"));
      server.enqueue(new MockResponse().setBody("{\"tags\":null}"));

      RegistryClient client = MockRegistry.client(server);
      assertThat(client.listTags("r")).containsExactly("0.1.0", "1.0.0_b", "latest");
      RecordedRequest first = server.takeRequest();
      assertThat(first.getPath()).isEqualTo("/v2/r/tags/list");
      assertThat(first.getHeader("Accept")).isNull();
      assertThat(server.takeRequest().getPath()).isEqualTo("/v2/r/tags/list?last=1.0.0_b&n=2");
      assertThat(client.listTags("r")).isEmpty();
    }
  }

  @Test
  void badLinksAndErrors() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setBody("{\"tags\":[]}")
              .setHeader("Link", "<http://elsewhere.example/v2/r/tags/list?n=1>"));
      server.enqueue(new MockResponse().setBody("{\"tags\":[]}").setHeader("Link", "/v2/next"));
      server.enqueue(new MockResponse().setBody("{\"tags\":[]}").setHeader("Link", "</v2/next"));
      server.enqueue(
          new MockResponse()
              .setResponseCode(404)
              .setBody(
                  "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"repository name not known to registry\"}]}"));
      RegistryClient client = MockRegistry.client(server);
      String url = MockRegistry.url(server, "/v2/r/tags/list");

      assertThatThrownBy(() -> client.listTags("r"))
          .hasMessage(
              "invalid next link \"http://elsewhere.example/v2/r/tags/list?n=1\": "
                  + "not the same origin as \""
                  + url
                  + "\"");
      assertThatThrownBy(() -> client.listTags("r"))
          .hasMessage("invalid next link \"/v2/next\": missing '<'");
      assertThatThrownBy(() -> client.listTags("r"))
          .hasMessage("invalid next link \"</v2/next\": missing '>'");
      assertThatThrownBy(() -> client.listTags("r"))
          .hasMessage(
              "GET \""
                  + url
                  + "\": response status code 404: name unknown: repository name not known to registry");
    }
  }
}
