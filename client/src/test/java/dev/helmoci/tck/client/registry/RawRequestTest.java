package dev.helmoci.tck.client.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.transport.RecordedExchange;
import dev.helmoci.tck.client.transport.RetryPolicy;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The low-level request API: the registry's origin only, Helm's auth when asked, every hop recorded
 * redacted.
 */
class RawRequestTest {

  @Test
  void pathsResolveAgainstTheRegistryAndOnlyItsOwnOriginIsAccepted() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      RegistryClient client = MockRegistry.client(server);
      String root = "http://" + MockRegistry.hostPort(server);
      assertThat(client.url("/v2/ns/a/blobs/uploads/x?_state=1").toString())
          .isEqualTo(root + "/v2/ns/a/blobs/uploads/x?_state=1");
      assertThat(client.url(root.toUpperCase() + "/v2/x").toString()).isEqualTo(root + "/v2/x");
      int other = server.getPort() == 65535 ? 65534 : server.getPort() + 1;
      assertThatThrownBy(() -> client.url("http://" + server.getHostName() + ":" + other + "/v2/x"))
          .isInstanceOf(RegistryException.class)
          .hasMessageContaining("is on another origin than the registry");
      assertThatThrownBy(() -> client.url("https://" + MockRegistry.hostPort(server) + "/v2/x"))
          .hasMessageContaining("another origin");
      assertThatThrownBy(() -> client.url("v2/relative"))
          .hasMessage("invalid request target \"v2/relative\"");
      assertThatThrownBy(
              () ->
                  client.send(
                      new Request.Builder().url("http://example.invalid/v2/").build(), true))
          .hasMessageContaining("another origin");
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void authenticatedRequestsAnswerTheChallengeAsHelmDoesAndEveryHopIsRecordedRedacted()
      throws Exception {
    List<RecordedExchange> seen = new CopyOnWriteArrayList<>();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setResponseCode(401)
              .setHeader("WWW-Authenticate", "Basic realm=\"r\""));
      server.enqueue(new MockResponse().setBody("{}"));
      RegistryClient client =
          RegistryClient.builder(MockRegistry.hostPort(server))
              .transportOptions(
                  TransportOptions.builder()
                      .plainHttp(true)
                      .retryPolicy(RetryPolicy.NONE)
                      .observer(seen::add)
                      .build())
              .credentials(CredentialProvider.always(Credential.basic("u", "secret")))
              .build();

      try (Response response =
          client.send(new Request.Builder().url(client.url("/v2/")).build(), true)) {
        assertThat(response.code()).isEqualTo(200);
      }

      assertThat(server.takeRequest().getHeader("Authorization")).isNull();
      assertThat(server.takeRequest().getHeader("Authorization"))
          .isEqualTo(okhttp3.Credentials.basic("u", "secret"));
      assertThat(seen).extracting(RecordedExchange::status).containsExactly(401, 200);
      assertThat(seen.get(1).requestHeader("Authorization"))
          .hasValue("Basic " + RecordedExchange.REDACTED);
    }
  }

  @Test
  void unauthenticatedRequestsGoAsGivenAndTheChallengeIsTheAnswer() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setResponseCode(401)
              .setHeader("WWW-Authenticate", "Basic realm=\"r\""));
      RegistryClient client =
          MockRegistry.client(server, CredentialProvider.always(Credential.basic("u", "p")));

      try (Response response =
          client.send(new Request.Builder().url(client.url("/v2/")).build(), false)) {
        assertThat(response.code()).isEqualTo(401);
      }
      RecordedRequest only = server.takeRequest();
      assertThat(only.getHeader("Authorization")).isNull();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void sessionsCanBeHeldOpenThenFinishedOrCancelled() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse().setResponseCode(202).setHeader("Location", "/v2/r/blobs/uploads/a"));
      server.enqueue(
          new MockResponse().setResponseCode(202).setHeader("Location", "/v2/r/blobs/uploads/b"));
      server.enqueue(new MockResponse().setResponseCode(201));
      server.enqueue(new MockResponse().setResponseCode(204));
      RegistryClient client = MockRegistry.client(server);
      BlobDescriptor blob = MockRegistry.describe(MediaTypes.OCTET_STREAM, "x");

      UploadSession first = client.startUpload("r");
      UploadSession second = client.startUpload("r");
      client.finishUpload(
          first, blob, BlobSource.of("x".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      client.cancelUpload(second);

      server.takeRequest();
      server.takeRequest();
      assertThat(server.takeRequest().getPath())
          .startsWith("/v2/r/blobs/uploads/a?digest=sha256%3A");
      RecordedRequest cancel = server.takeRequest();
      assertThat(cancel.getMethod() + " " + cancel.getPath())
          .isEqualTo("DELETE /v2/r/blobs/uploads/b");
    }
  }
}
