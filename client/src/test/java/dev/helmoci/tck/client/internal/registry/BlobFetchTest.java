package dev.helmoci.tck.client.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.MediaTypes;
import dev.helmoci.tck.client.registry.MockRegistry;
import dev.helmoci.tck.client.registry.RegistryClient;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobFetchTest {
  private static final String CONTENT = "0123456789";
  private static final BlobDescriptor BLOB =
      MockRegistry.describe(MediaTypes.OCTET_STREAM, CONTENT);

  @Test
  void streamsAndVerifiesIntoAFile(@TempDir Path dir) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody(CONTENT));
      Path target = dir.resolve("blob");
      MockRegistry.client(server).fetchBlob("r", BLOB, target);
      assertThat(Files.readString(target)).isEqualTo(CONTENT);
      assertThat(server.takeRequest().getPath()).isEqualTo("/v2/r/blobs/" + BLOB.digest());
    }
  }

  @Test
  void corruptContentFailsWithOrasSentinels(@TempDir Path dir) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setChunkedBody(CONTENT + "x", 4));
      server.enqueue(new MockResponse().setChunkedBody(CONTENT.substring(1), 4));
      server.enqueue(new MockResponse().setBody("9123456780"));
      server.enqueue(new MockResponse().setBody(CONTENT + "x"));
      server.enqueue(
          new MockResponse()
              .setBody(CONTENT)
              .setHeader("Docker-Content-Digest", "sha256:" + "4".repeat(64)));
      server.enqueue(new MockResponse().setResponseCode(404));
      RegistryClient client = MockRegistry.client(server);
      Path target = dir.resolve("blob");

      assertThatThrownBy(() -> client.fetchBlob("r", BLOB, target)).hasMessage("trailing data");
      assertThatThrownBy(() -> client.fetchBlob("r", BLOB, target)).hasMessage("unexpected EOF");
      assertThatThrownBy(() -> client.fetchBlob("r", BLOB, target)).hasMessage("mismatched digest");
      assertThatThrownBy(() -> client.fetchBlob("r", BLOB, target))
          .hasMessage(
              "GET \""
                  + MockRegistry.url(server, "/v2/r/blobs/" + BLOB.digest())
                  + "\": mismatch Content-Length");
      assertThatThrownBy(() -> client.openBlob("r", BLOB))
          .hasMessageContaining(
              "\": invalid response; digest mismatch in Docker-Content-Digest: received \"sha256:4444");
      assertThatThrownBy(() -> client.openBlob("r", BLOB))
          .hasMessage(BLOB.digest() + ": not found");
      assertThat(target).doesNotExist();
    }
  }

  @Test
  void crossOriginRedirectDropsAuthorization() throws Exception {
    try (MockWebServer registry = new MockWebServer();
        MockWebServer storage = new MockWebServer()) {
      registry.enqueue(
          new MockResponse()
              .setResponseCode(401)
              .setHeader("WWW-Authenticate", "Basic realm=\"r\""));
      registry.enqueue(
          new MockResponse()
              .setResponseCode(307)
              .setHeader("Location", storage.url("/presigned?sig=1")));
      storage.enqueue(new MockResponse().setBody(CONTENT));
      RegistryClient client =
          MockRegistry.client(registry, CredentialProvider.always(Credential.basic("u", "p")));

      try (InputStream in = client.openBlob("r", BLOB)) {
        assertThat(new String(in.readAllBytes())).isEqualTo(CONTENT);
      }
      registry.takeRequest();
      assertThat(registry.takeRequest().getHeader("Authorization")).startsWith("Basic ");
      RecordedRequest hop = storage.takeRequest();
      assertThat(hop.getPath()).isEqualTo("/presigned?sig=1");
      assertThat(hop.getHeader("Authorization")).isNull();
    }
  }
}
