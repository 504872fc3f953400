package dev.helmoci.tck.client.registry;

import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.transport.RetryPolicy;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;

/** Builds a plain-HTTP, no-retry {@link RegistryClient} for one MockWebServer. */
public final class MockRegistry {
  private MockRegistry() {}

  public static RegistryClient client(MockWebServer server) throws IOException {
    return client(server, CredentialProvider.NONE);
  }

  public static RegistryClient client(MockWebServer server, CredentialProvider credentials)
      throws IOException {
    return RegistryClient.builder(hostPort(server))
        .transportOptions(
            TransportOptions.builder().plainHttp(true).retryPolicy(RetryPolicy.NONE).build())
        .credentials(credentials)
        .build();
  }

  public static String hostPort(MockWebServer server) {
    HttpUrl url = server.url("/");
    return url.host() + ":" + url.port();
  }

  public static String url(MockWebServer server, String path) {
    return server.url(path).toString();
  }

  public static BlobDescriptor describe(String mediaType, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return new BlobDescriptor(mediaType, Digest.sha256(bytes), bytes.length);
  }
}
