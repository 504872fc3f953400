package dev.helmoci.tck.client.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.FetchedManifest;
import dev.helmoci.tck.client.registry.MediaTypes;
import dev.helmoci.tck.client.registry.MockRegistry;
import dev.helmoci.tck.client.registry.RegistryClient;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class ManifestFetchTest {
  private static final String BODY = "{\"schemaVersion\":2,\"layers\":[]}";
  private static final BlobDescriptor MANIFEST =
      MockRegistry.describe(MediaTypes.OCI_MANIFEST, BODY);
  private static final String OTHER = "sha256:" + "1".repeat(64);

  private static MockResponse manifest(String body) {
    return new MockResponse().setHeader("Content-Type", MediaTypes.OCI_MANIFEST).setBody(body);
  }

  @Test
  void fetchesByTagComputingTheDigestWhenTheHeaderIsAbsent() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(manifest(BODY));
      FetchedManifest fetched = MockRegistry.client(server).fetchManifest("r", "1.0.0");
      assertThat(fetched.descriptor()).isEqualTo(MANIFEST);
      assertThat(new String(fetched.content(), StandardCharsets.UTF_8)).isEqualTo(BODY);
      assertThat(server.takeRequest().getHeader("Accept")).isEqualTo(MediaTypes.MANIFEST_ACCEPT);
    }
  }

  @Test
  void wrongDigestHeaderFailsVerificationByTagAndMismatchByDigest() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(manifest(BODY).setHeader("Docker-Content-Digest", OTHER));
      server.enqueue(manifest(BODY).setHeader("Docker-Content-Digest", OTHER));
      RegistryClient client = MockRegistry.client(server);
      assertThatThrownBy(() -> client.fetchManifest("r", "1.0.0")).hasMessage("mismatched digest");
      assertThatThrownBy(() -> client.fetchManifest("r", MANIFEST.digest().toString()))
          .hasMessage(
              "GET \""
                  + MockRegistry.url(server, "/v2/r/manifests/" + MANIFEST.digest())
                  + "\": invalid response; digest mismatch in Docker-Content-Digest: received \""
                  + OTHER
                  + "\" when expecting \""
                  + MANIFEST.digest()
                  + "\"");
    }
  }

  @Test
  void chunkedResponseFallsBackToHead() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setHeader("Content-Type", MediaTypes.OCI_MANIFEST)
              .setChunkedBody(BODY, 5));
      server.enqueue(
          new MockResponse()
              .removeHeader("Content-Length")
              .setHeader("Content-Type", MediaTypes.OCI_MANIFEST)
              .setHeader("Content-Length", MANIFEST.size()));
      RegistryClient client = MockRegistry.client(server);
      assertThatThrownBy(() -> client.fetchManifest("r", "1.0.0"))
          .hasMessage("HTTP HEAD request missing required header \"Docker-Content-Digest\"");
      assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
      assertThat(server.takeRequest().getMethod()).isEqualTo("HEAD");
    }
  }

  @Test
  void byDescriptorNeedsExactContentTypeAndLength() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(manifest(BODY).setHeader("Content-Type", MediaTypes.DOCKER_MANIFEST));
      server.enqueue(
          manifest(BODY).setHeader("Content-Type", MediaTypes.OCI_MANIFEST + "; charset=utf-8"));
      server.enqueue(manifest(BODY + " "));
      server.enqueue(new MockResponse().setResponseCode(404));
      RegistryClient client = MockRegistry.client(server);
      String url = MockRegistry.url(server, "/v2/r/manifests/" + MANIFEST.digest());

      assertThatThrownBy(() -> client.fetchManifest("r", MANIFEST))
          .hasMessage(
              "GET \""
                  + url
                  + "\": mismatch response Content-Type \""
                  + MediaTypes.DOCKER_MANIFEST
                  + "\": expect \""
                  + MediaTypes.OCI_MANIFEST
                  + "\"");
      assertThat(server.takeRequest().getHeader("Accept")).isEqualTo(MediaTypes.OCI_MANIFEST);
      assertThat(client.fetchManifest("r", MANIFEST))
          .isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> client.fetchManifest("r", MANIFEST))
          .hasMessage("GET \"" + url + "\": mismatch Content-Length");
      assertThatThrownBy(() -> client.fetchManifest("r", MANIFEST))
          .hasMessage(MANIFEST.digest() + ": not found");
    }
  }

  @Test
  void manifestsOverFourMebibytesAreRefused() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      BlobDescriptor huge =
          new BlobDescriptor(MediaTypes.OCI_MANIFEST, Digest.parse(OTHER), 4L * 1024 * 1024 + 1);
      assertThatThrownBy(() -> MockRegistry.client(server).fetchManifest("r", huge))
          .hasMessage("content size 4194305 exceeds MaxMetadataBytes 4194304: size exceeds limit");
      assertThat(server.getRequestCount()).isZero();
    }
  }
}
