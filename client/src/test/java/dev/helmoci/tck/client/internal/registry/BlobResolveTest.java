package dev.helmoci.tck.client.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.MediaTypes;
import dev.helmoci.tck.client.registry.MockRegistry;
import dev.helmoci.tck.client.registry.RegistryClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class BlobResolveTest {
  private static final BlobDescriptor BLOB =
      MockRegistry.describe(MediaTypes.OCTET_STREAM, "chart-bytes");

  @Test
  void existsNeedsContentLengthAndAMatchingDigestHeader() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .removeHeader("Content-Length")
              .setHeader("Content-Length", BLOB.size()));
      server.enqueue(new MockResponse().setResponseCode(404));
      server.enqueue(new MockResponse().removeHeader("Content-Length"));
      server.enqueue(
          new MockResponse()
              .removeHeader("Content-Length")
              .setHeader("Content-Length", 3)
              .setHeader("Docker-Content-Digest", "sha256:" + "3".repeat(64)));
      RegistryClient client = MockRegistry.client(server);
      String url = MockRegistry.url(server, "/v2/r/blobs/" + BLOB.digest());

      assertThat(client.resolveBlob("r", BLOB.digest())).isEqualTo(BLOB);
      assertThat(client.blobExists("r", BLOB.digest())).isFalse();
      assertThatThrownBy(() -> client.blobExists("r", BLOB.digest()))
          .hasMessage("HEAD \"" + url + "\": unknown response Content-Length");
      assertThatThrownBy(() -> client.blobExists("r", BLOB.digest()))
          .hasMessageStartingWith(
              "HEAD \"" + url + "\": invalid response; digest mismatch in Docker-Content-Digest");
      assertThat(server.takeRequest().getMethod()).isEqualTo("HEAD");
    }
  }
}
