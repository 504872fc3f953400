package dev.helmoci.tck.client.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.MediaTypes;
import dev.helmoci.tck.client.registry.MockRegistry;
import dev.helmoci.tck.client.registry.NotFoundException;
import dev.helmoci.tck.client.registry.RegistryClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ManifestResolveTest {
  private static final BlobDescriptor MANIFEST =
      MockRegistry.describe(MediaTypes.OCI_MANIFEST, "{\"schemaVersion\":2}");

  private static MockResponse head(String contentType, long length, String digest) {
    MockResponse r = new MockResponse().removeHeader("Content-Length");
    if (contentType != null) {
      r.setHeader("Content-Type", contentType);
    }
    if (length >= 0) {
      r.setHeader("Content-Length", length);
    }
    if (digest != null) {
      r.setHeader("Docker-Content-Digest", digest);
    }
    return r;
  }

  @Test
  void resolvesTagFromHeadersWithHelmAcceptList() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          head(
              MediaTypes.OCI_MANIFEST + "; charset=utf-8",
              MANIFEST.size(),
              MANIFEST.digest().toString()));
      BlobDescriptor d = MockRegistry.client(server).resolveManifest("charts/demo", "0.1.0_b");
      assertThat(d).isEqualTo(MANIFEST);
      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod() + " " + request.getPath())
          .isEqualTo("HEAD /v2/charts/demo/manifests/0.1.0_b");
      assertThat(request.getHeader("Accept"))
          .isEqualTo(
              "application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json, "
                  + "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, "
                  + "application/vnd.oci.artifact.manifest.v1+json");
    }
  }

  @Test
  void headerRulesAndMessages() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      String other = "sha256:" + "0".repeat(64);
      server.enqueue(head(MediaTypes.OCI_MANIFEST, MANIFEST.size(), null));
      server.enqueue(head(MediaTypes.OCI_MANIFEST, MANIFEST.size(), null));
      server.enqueue(head(MediaTypes.OCI_MANIFEST, MANIFEST.size(), other));
      server.enqueue(head(MediaTypes.OCI_MANIFEST, -1, MANIFEST.digest().toString()));
      server.enqueue(head(null, 10, MANIFEST.digest().toString()));
      server.enqueue(head(MediaTypes.OCI_MANIFEST, 10, "sha256:xyz"));
      server.enqueue(new MockResponse().setResponseCode(404));
      RegistryClient client = MockRegistry.client(server);
      String byDigest = MockRegistry.url(server, "/v2/r/manifests/" + MANIFEST.digest());

      assertThatThrownBy(() -> client.resolveManifest("r", "1.0.0"))
          .hasMessage("HTTP HEAD request missing required header \"Docker-Content-Digest\"");
      assertThat(client.resolveManifest("r", MANIFEST.digest().toString())).isEqualTo(MANIFEST);
      assertThatThrownBy(() -> client.resolveManifest("r", MANIFEST.digest().toString()))
          .hasMessage(
              "HEAD \""
                  + byDigest
                  + "\": invalid response; digest mismatch in Docker-Content-Digest: "
                  + "received \""
                  + other
                  + "\" when expecting \""
                  + MANIFEST.digest()
                  + "\"");
      assertThatThrownBy(() -> client.resolveManifest("r", "1"))
          .hasMessage(
              "HEAD \""
                  + MockRegistry.url(server, "/v2/r/manifests/1")
                  + "\": unknown response Content-Length");
      assertThatThrownBy(() -> client.resolveManifest("r", "1"))
          .hasMessage(
              "HEAD \""
                  + MockRegistry.url(server, "/v2/r/manifests/1")
                  + "\": invalid response `Content-Type` header; mime: no media type");
      assertThatThrownBy(() -> client.resolveManifest("r", "1"))
          .hasMessage(
              "HEAD \""
                  + MockRegistry.url(server, "/v2/r/manifests/1")
                  + "\": invalid response header value: `Docker-Content-Digest: sha256:xyz`; invalid checksum digest length");
      assertThat(client.manifestExists("r", MANIFEST.digest().toString())).isFalse();
    }
  }

  @Test
  void notFoundNamesTheReference() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(404));
      assertThatThrownBy(() -> MockRegistry.client(server).resolveManifest("a/b", "1.0.0"))
          .isInstanceOf(NotFoundException.class)
          .hasMessage(MockRegistry.hostPort(server) + "/a/b:1.0.0: not found");
    }
  }
}
