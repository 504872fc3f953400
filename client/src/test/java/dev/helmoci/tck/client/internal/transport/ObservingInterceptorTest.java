package dev.helmoci.tck.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.transport.RecordedExchange;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * The exchange record's body samples: manifests are sampled and hashed, token answers and blobs
 * never are.
 */
class ObservingInterceptorTest {
  private static final String MANIFEST =
      "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\"}";

  @Test
  void aManifestPutAndItsAnswerAreSampledWithTheirDigest() throws Exception {
    List<RecordedExchange> seen = new ArrayList<>();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(201));
      server.enqueue(
          new MockResponse()
              .setHeader("Content-Type", "application/vnd.oci.image.manifest.v1+json")
              .setBody(MANIFEST));
      server.enqueue(
          new MockResponse()
              .setHeader("Content-Type", "application/json")
              .setBody("{\"token\":\"s3cr3t\"}"));
      OkHttpClient client =
          new OkHttpClient.Builder()
              .addNetworkInterceptor(new ObservingInterceptor(seen::add))
              .build();
      MediaType manifest = MediaType.get("application/vnd.oci.image.manifest.v1+json");
      client
          .newCall(
              new Request.Builder()
                  .url(server.url("/v2/a/manifests/1"))
                  .put(RequestBody.create(MANIFEST, manifest))
                  .build())
          .execute()
          .close();
      try (Response get =
          client
              .newCall(new Request.Builder().url(server.url("/v2/a/manifests/1")).build())
              .execute()) {
        assertThat(get.body().string())
            .as("the caller still reads the whole body")
            .isEqualTo(MANIFEST);
      }
      client.newCall(new Request.Builder().url(server.url("/token")).build()).execute().close();
    }
    String digest =
        "sha256:"
            + java.util.HexFormat.of()
                .formatHex(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest(MANIFEST.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(seen.get(0).requestBody())
        .hasValueSatisfying(
            b -> {
              assertThat(b.sha256()).isEqualTo(digest);
              assertThat(b.preview()).isEqualTo(MANIFEST);
            });
    assertThat(seen.get(1).responseBody())
        .hasValueSatisfying(b -> assertThat(b.sha256()).isEqualTo(digest));
    assertThat(seen.get(2).responseBody()).as("a token answer is never sampled").isEmpty();
  }
}
