package dev.helmoci.tck.client.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.MediaTypes;
import dev.helmoci.tck.client.registry.MockRegistry;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.transport.ErrorResponseException;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ManifestPushTest {
  private static final String BODY = "{\"schemaVersion\":2}";
  private static final byte[] BYTES = BODY.getBytes(StandardCharsets.UTF_8);
  private static final BlobDescriptor MANIFEST =
      MockRegistry.describe(MediaTypes.OCI_MANIFEST, BODY);

  @Test
  void putsByDigestWithExactContentType() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setResponseCode(201)
              .setHeader("Docker-Content-Digest", MANIFEST.digest()));
      MockRegistry.client(server).pushManifest("r", MANIFEST.digest().toString(), MANIFEST, BYTES);
      RecordedRequest put = server.takeRequest();
      assertThat(put.getMethod() + " " + put.getPath())
          .isEqualTo("PUT /v2/r/manifests/" + MANIFEST.digest());
      assertThat(put.getHeader("Content-Type")).isEqualTo(MediaTypes.OCI_MANIFEST);
      assertThat(put.getBody().readUtf8()).isEqualTo(BODY);
    }
  }

  @Test
  void onlyCreatedIsSuccessAndDigestHeaderMustMatch() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(200));
      server.enqueue(
          new MockResponse()
              .setResponseCode(400)
              .setBody(
                  "{\"errors\":[{\"code\":\"MANIFEST_BLOB_UNKNOWN\",\"message\":\"blob unknown to registry\",\"detail\":\"sha256:ab\"}]}"));
      server.enqueue(
          new MockResponse()
              .setResponseCode(201)
              .setHeader("Docker-Content-Digest", "sha256:" + "2".repeat(64)));
      RegistryClient client = MockRegistry.client(server);
      String url = MockRegistry.url(server, "/v2/r/manifests/1.0.0");

      assertThatThrownBy(() -> client.pushManifest("r", "1.0.0", MANIFEST, BYTES))
          .isInstanceOf(ErrorResponseException.class)
          .hasMessage("PUT \"" + url + "\": response status code 200: OK");
      assertThatThrownBy(() -> client.pushManifest("r", "1.0.0", MANIFEST, BYTES))
          .hasMessage(
              "PUT \""
                  + url
                  + "\": response status code 400: manifest blob unknown: blob unknown to registry: sha256:ab");
      assertThatThrownBy(() -> client.pushManifest("r", "1.0.0", MANIFEST, BYTES))
          .hasMessageContaining("invalid response; digest mismatch in Docker-Content-Digest");
      assertThatThrownBy(() -> client.pushManifest("r", "1.0.0", MANIFEST, new byte[3]))
          .hasMessage("mismatch content length 3: expect " + BYTES.length);
    }
  }

  @Test
  void taggingFetchesByDigestThenPutsByTag() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse().setHeader("Content-Type", MediaTypes.OCI_MANIFEST).setBody(BODY));
      server.enqueue(new MockResponse().setResponseCode(201));
      MockRegistry.client(server).tagManifest("r", MANIFEST, "0.1.0_b");
      RecordedRequest get = server.takeRequest();
      assertThat(get.getMethod() + " " + get.getPath() + " " + get.getHeader("Accept"))
          .isEqualTo("GET /v2/r/manifests/" + MANIFEST.digest() + " " + MediaTypes.OCI_MANIFEST);
      RecordedRequest put = server.takeRequest();
      assertThat(put.getMethod() + " " + put.getPath()).isEqualTo("PUT /v2/r/manifests/0.1.0_b");
      assertThat(put.getBody().readUtf8()).isEqualTo(BODY);
    }
  }
}
