package dev.helmoci.tck.client.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.auth.AuthenticationException;
import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.auth.TokenCache;
import dev.helmoci.tck.client.transport.RegistryTransport;
import dev.helmoci.tck.client.transport.RetryPolicy;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.IOException;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthInterceptorTest {
  private static final String PASSWORD = "s3cret-pw";
  private final MockWebServer server = new MockWebServer();
  private final TokenCache cache = new TokenCache();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void basicChallengeIsAnsweredAndCachedForTheHost() throws Exception {
    server.enqueue(
        new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", "Basic realm=\"r\""));
    server.enqueue(new MockResponse().setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    OkHttpClient client =
        client(CredentialProvider.always(Credential.basic("alice", PASSWORD)), false);

    assertThat(get(client, "/v2/", RequestScopes.NONE)).isEqualTo(200);
    assertThat(get(client, "/v2/x", RequestScopes.NONE)).isEqualTo(200);

    assertThat(server.takeRequest().getHeader("Authorization")).isNull();
    String basic = okhttp3.Credentials.basic("alice", PASSWORD);
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo(basic);
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo(basic);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void basicWithoutCredentialFailsLikeOras() throws Exception {
    server.enqueue(
        new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", "Basic realm=\"r\""));
    OkHttpClient client = client(CredentialProvider.NONE, false);
    assertThatThrownBy(() -> get(client, "/v2/", RequestScopes.NONE))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage("GET \"" + server.url("/v2/") + "\": basic credential not found");
  }

  @Test
  void bearerFetchesTokenWithMergedScopesAndPrefersAccessToken() throws Exception {
    String realm = server.url("/token").toString();
    server.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setHeader(
                "WWW-Authenticate",
                "Bearer realm=\""
                    + realm
                    + "\",service=\"svc\",scope=\"repository:r:metadata_read\""));
    server.enqueue(new MockResponse().setBody("{\"token\":\"t-old\",\"access_token\":\"t-new\"}"));
    server.enqueue(new MockResponse().setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    OkHttpClient client =
        client(CredentialProvider.always(Credential.basic("alice", PASSWORD)), false);
    RequestScopes scopes = RequestScopes.of(Scopes.repository("r", "pull"));

    assertThat(get(client, "/v2/r/tags/list", scopes)).isEqualTo(200);

    server.takeRequest();
    RecordedRequest token = server.takeRequest();
    assertThat(token.getMethod()).isEqualTo("GET");
    assertThat(token.getPath())
        .isEqualTo("/token?scope=repository%3Ar%3Ametadata_read%2Cpull&service=svc");
    assertThat(token.getHeader("Authorization"))
        .isEqualTo(okhttp3.Credentials.basic("alice", PASSWORD));
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer t-new");

    // The merged scope set is cached, but the next request's own key (pull only) differs:
    // it goes out without a token and would be challenged again; here it simply succeeds.
    assertThat(get(client, "/v2/r/tags/list", scopes)).isEqualTo(200);
    assertThat(server.takeRequest().getHeader("Authorization")).isNull();
  }

  @Test
  void cachedBearerTokenIsSentFirstForTheSameScopes() throws Exception {
    String realm = server.url("/token").toString();
    server.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\",service=\"svc\""));
    server.enqueue(new MockResponse().setBody("{\"token\":\"anon\"}"));
    server.enqueue(new MockResponse());
    server.enqueue(new MockResponse());
    OkHttpClient client = client(CredentialProvider.NONE, false);
    RequestScopes scopes = RequestScopes.of("repository:r:pull");

    get(client, "/v2/r/manifests/1", scopes);
    get(client, "/v2/r/blobs/x", scopes);

    server.takeRequest();
    assertThat(server.takeRequest().getHeader("Authorization"))
        .as("anonymous token request")
        .isNull();
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer anon");
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer anon");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void forcedOAuth2PostsPasswordGrant() throws Exception {
    String realm = server.url("/oauth").toString();
    server.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\",service=\"svc\""));
    server.enqueue(new MockResponse().setBody("{\"access_token\":\"oa\"}"));
    server.enqueue(new MockResponse());
    OkHttpClient client =
        client(CredentialProvider.always(Credential.basic("alice", PASSWORD)), true);

    get(client, "/v2/", RequestScopes.NONE);

    server.takeRequest();
    RecordedRequest token = server.takeRequest();
    assertThat(token.getMethod()).isEqualTo("POST");
    assertThat(token.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(token.getBody().readUtf8())
        .isEqualTo(
            "client_id=oras-go&grant_type=password&password="
                + PASSWORD
                + "&service=svc&username=alice");
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer oa");
  }

  @Test
  void identityTokenPostsRefreshGrantAndRegistryTokenIsUsedDirectly() throws Exception {
    String realm = server.url("/oauth").toString();
    String challenge = "Bearer realm=\"" + realm + "\",service=\"svc\"";
    server.enqueue(
        new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", challenge));
    server.enqueue(new MockResponse().setBody("{\"access_token\":\"from-refresh\"}"));
    server.enqueue(new MockResponse());
    get(
        client(CredentialProvider.always(new Credential("", "", "refresh-1", "")), false),
        "/v2/",
        RequestScopes.of("repository:r:pull"));
    server.takeRequest();
    assertThat(server.takeRequest().getBody().readUtf8())
        .isEqualTo(
            "client_id=oras-go&grant_type=refresh_token&refresh_token=refresh-1&scope=repository%3Ar%3Apull&service=svc");
    server.takeRequest();

    server.enqueue(
        new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", challenge));
    server.enqueue(new MockResponse());
    get(
        client(
            CredentialProvider.always(new Credential("", "", "", "direct")),
            false,
            new TokenCache()),
        "/v2/",
        RequestScopes.NONE);
    server.takeRequest();
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer direct");
  }

  @Test
  void tokenServerErrorIsWrappedWithoutSecrets() throws Exception {
    String realm = server.url("/token").toString();
    server.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\",service=\"svc\""));
    server.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setBody("{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"bad credentials\"}]}"));
    OkHttpClient client =
        client(CredentialProvider.always(Credential.basic("alice", PASSWORD)), false);

    assertThatThrownBy(() -> get(client, "/v2/r/tags/list", RequestScopes.of("repository:r:pull")))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage(
            "GET \""
                + server.url("/v2/r/tags/list")
                + "\": GET \""
                + realm
                + "?scope=repository%3Ar%3Apull&service=svc\": response status code 401: unauthorized: bad credentials")
        .message()
        .doesNotContain(PASSWORD);
  }

  @Test
  void emptyTokenAndPrivateRealmAreRefused() throws Exception {
    String realm = server.url("/token").toString();
    server.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\""));
    server.enqueue(new MockResponse().setBody("{}"));
    OkHttpClient client = client(CredentialProvider.NONE, false);
    assertThatThrownBy(() -> get(client, "/v2/", RequestScopes.NONE))
        .hasMessage(
            "GET \"" + server.url("/v2/") + "\": GET \"" + realm + "\": empty token returned");

    server.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setHeader("WWW-Authenticate", "Bearer realm=\"https://10.9.9.9/token\""));
    assertThatThrownBy(() -> get(client, "/v2/", RequestScopes.NONE))
        .hasMessage(
            "GET \""
                + server.url("/v2/")
                + "\": bearer realm host \"10.9.9.9\" is a loopback, link-local, private, or unspecified address");
  }

  @Test
  void unauthorizedFromAnotherOriginAfterRedirectIsNotAnswered() throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start();
      other.enqueue(
          new MockResponse()
              .setResponseCode(401)
              .setHeader("WWW-Authenticate", "Basic realm=\"x\""));
      server.enqueue(
          new MockResponse().setResponseCode(307).setHeader("Location", other.url("/blob")));
      OkHttpClient client =
          client(CredentialProvider.always(Credential.basic("alice", PASSWORD)), false);
      assertThat(get(client, "/v2/r/blobs/sha256:1", RequestScopes.NONE)).isEqualTo(401);
      assertThat(other.getRequestCount()).isEqualTo(1);
    }
  }

  private OkHttpClient client(CredentialProvider credentials, boolean forceOAuth2)
      throws IOException {
    return client(credentials, forceOAuth2, cache);
  }

  private static OkHttpClient client(
      CredentialProvider credentials, boolean forceOAuth2, TokenCache tokens) throws IOException {
    RegistryTransport transport =
        RegistryTransport.create(
            TransportOptions.builder().plainHttp(true).retryPolicy(RetryPolicy.NONE).build());
    return transport.client(
        List.of(new AuthInterceptor(credentials, tokens, transport.client(), forceOAuth2)));
  }

  private int get(OkHttpClient client, String path, RequestScopes scopes) throws IOException {
    Request request =
        new Request.Builder().url(server.url(path)).tag(RequestScopes.class, scopes).build();
    try (Response response = client.newCall(request).execute()) {
      return response.code();
    }
  }
}
