package dev.helmoci.tck.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;

class RegistryTransportTest {
  private static final RetryPolicy FAST =
      RetryPolicy.HELM_DEFAULT.withWaits(Duration.ZERO, Duration.ZERO, Duration.ZERO);

  @Test
  void retriesServerErrorsThenSucceedsWithUserAgentOnEveryAttempt() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(503));
      server.enqueue(new MockResponse().setResponseCode(429));
      server.enqueue(new MockResponse().setBody("ok"));
      OkHttpClient client =
          transport(TransportOptions.builder().helmVersion("v4.2.4").retryPolicy(FAST), null);

      try (Response response =
          client.newCall(new Request.Builder().url(server.url("/v2/")).build()).execute()) {
        assertThat(response.code()).isEqualTo(200);
      }
      assertThat(server.getRequestCount()).isEqualTo(3);
      for (int i = 0; i < 3; i++) {
        assertThat(server.takeRequest().getHeader("User-Agent")).isEqualTo("Helm/4.2.4");
      }
    }
  }

  @Test
  void givesUpAfterFiveRetries() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      for (int i = 0; i < 7; i++) {
        server.enqueue(new MockResponse().setResponseCode(500));
      }
      OkHttpClient client = transport(TransportOptions.builder().retryPolicy(FAST), null);
      try (Response response =
          client.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
        assertThat(response.code()).isEqualTo(500);
      }
      assertThat(server.getRequestCount()).isEqualTo(6);
    }
  }

  @Test
  void oneShotBodiesAreNeverRetried() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(503));
      server.enqueue(new MockResponse());
      OkHttpClient client = transport(TransportOptions.builder().retryPolicy(FAST), null);
      RequestBody oneShot =
          new RequestBody() {
            @Override
            public MediaType contentType() {
              return null;
            }

            @Override
            public boolean isOneShot() {
              return true;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
              sink.writeUtf8("data");
            }
          };
      Request put = new Request.Builder().url(server.url("/upload")).put(oneShot).build();
      try (Response response = client.newCall(put).execute()) {
        assertThat(response.code()).isEqualTo(503);
      }
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void observerSeesEveryHopWithSecretsRedacted() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setResponseCode(302)
              .setHeader("Location", "/next")
              .setHeader("Set-Cookie", "session=abc"));
      server.enqueue(new MockResponse().setBody("done"));
      List<RecordedExchange> seen = new CopyOnWriteArrayList<>();
      OkHttpClient client =
          transport(TransportOptions.builder().retryPolicy(RetryPolicy.NONE), seen);

      Request request =
          new Request.Builder()
              .url(server.url("/start"))
              .header("Authorization", "Bearer super-secret-token")
              .build();
      try (Response response = client.newCall(request).execute()) {
        assertThat(response.body().string()).isEqualTo("done");
      }

      assertThat(seen).extracting(RecordedExchange::status).containsExactly(302, 200);
      assertThat(seen.get(0).requestHeader("Authorization")).contains("Bearer REDACTED");
      assertThat(seen.get(0).responseHeader("Set-Cookie")).contains("REDACTED");
      assertThat(seen.get(1).url()).endsWith("/next");
      assertThat(seen.toString() + seen.get(0).requestHeaders())
          .doesNotContain("super-secret-token");
    }
  }

  private static OkHttpClient transport(
      TransportOptions.Builder options, List<RecordedExchange> sink) throws IOException {
    if (sink != null) {
      options.observer(sink::add);
    }
    return RegistryTransport.create(options.plainHttp(true).build()).client();
  }
}
