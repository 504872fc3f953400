package dev.helmoci.tck.client.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.BlobSource;
import dev.helmoci.tck.client.registry.MockRegistry;
import dev.helmoci.tck.client.registry.RegistryClient;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class BlobUploadTest {
  private static final String CONTENT = "{\"name\":\"demo\"}";
  private static final BlobDescriptor BLOB =
      MockRegistry.describe("application/vnd.cncf.helm.config.v1+json", CONTENT);
  private static final BlobSource SOURCE = BlobSource.of(CONTENT.getBytes(StandardCharsets.UTF_8));

  @Test
  void postThenPutToRelativeLocationKeepingItsQueryAndAuthorization() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setResponseCode(401)
              .setHeader("WWW-Authenticate", "Basic realm=\"r\""));
      server.enqueue(
          new MockResponse()
              .setResponseCode(202)
              .setHeader("Location", "/v2/r/blobs/uploads/u1?_state=a%2Bb"));
      server.enqueue(new MockResponse().setResponseCode(201));
      RegistryClient client =
          MockRegistry.client(server, CredentialProvider.always(Credential.basic("u", "p")));

      client.pushBlob("r", BLOB, SOURCE);

      assertThat(server.takeRequest().getHeader("Authorization")).isNull();
      RecordedRequest post = server.takeRequest();
      assertThat(post.getMethod() + " " + post.getPath()).isEqualTo("POST /v2/r/blobs/uploads/");
      assertThat(post.getHeader("Content-Length")).isEqualTo("0");
      RecordedRequest put = server.takeRequest();
      assertThat(put.getMethod() + " " + put.getPath())
          .isEqualTo(
              "PUT /v2/r/blobs/uploads/u1?_state=a%2Bb&digest=sha256%3A" + BLOB.digest().encoded());
      assertThat(put.getHeader("Content-Type")).isEqualTo("application/octet-stream");
      assertThat(put.getHeader("Content-Length")).isEqualTo(String.valueOf(BLOB.size()));
      assertThat(put.getHeader("Authorization"))
          .isEqualTo(post.getHeader("Authorization"))
          .isNotNull();
      assertThat(put.getBody().readUtf8()).isEqualTo(CONTENT);
    }
  }

  @Test
  void locationOnAnotherHostIsRefusedBeforeAnyPut() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setResponseCode(202)
              .setHeader("Location", "http://evil.example:8080/upload"));
      server.enqueue(new MockResponse().setResponseCode(202));
      RegistryClient client = MockRegistry.client(server);
      assertThatThrownBy(() -> client.pushBlob("r", BLOB, SOURCE))
          .hasMessage(
              "blob upload Location \"evil.example:8080\" is on a different host than the registry \""
                  + MockRegistry.hostPort(server)
                  + "\"");
      assertThatThrownBy(() -> client.pushBlob("r", BLOB, SOURCE))
          .hasMessage("http: no Location header in response");
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void statusesOtherThanAcceptedAndCreatedAreErrors() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(201));
      server.enqueue(
          new MockResponse().setResponseCode(202).setHeader("Location", "/v2/r/blobs/uploads/u2"));
      server.enqueue(new MockResponse().setResponseCode(204));
      RegistryClient client = MockRegistry.client(server);
      assertThatThrownBy(() -> client.pushBlob("r", BLOB, SOURCE))
          .hasMessage(
              "POST \""
                  + MockRegistry.url(server, "/v2/r/blobs/uploads/")
                  + "\": response status code 201: Created");
      assertThatThrownBy(() -> client.pushBlob("r", BLOB, SOURCE))
          .hasMessage(
              "PUT \""
                  + MockRegistry.url(
                      server, "/v2/r/blobs/uploads/u2?digest=sha256%3A" + BLOB.digest().encoded())
                  + "\": response status code 204: No Content");
    }
  }
}
