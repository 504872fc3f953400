package dev.helmoci.tck.client.internal.auth;

import dev.helmoci.tck.client.auth.AuthScheme;
import dev.helmoci.tck.client.auth.AuthenticationException;
import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.auth.TokenCache;
import dev.helmoci.tck.client.internal.golang.Strconv;
import dev.helmoci.tck.client.internal.transport.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * oras-go's {@code auth.Client.Do} as an OkHttp interceptor: send with a cached Authorization, and
 * on a same-origin 401 parse the first challenge, obtain Basic or Bearer credentials for the
 * request's {@link RequestScopes} (merged with the challenge's scope) and send once more. A request
 * that already carries Authorization passes through untouched.
 */
public final class AuthInterceptor implements Interceptor {
  private final CredentialProvider credentials;
  private final TokenCache cache;
  private final TokenFetcher tokens;
  private final boolean forceOAuth2;

  /**
   * @param tokenClient client for realm calls: the transport without this interceptor
   * @param forceOAuth2 oras-go's {@code ForceAttemptOAuth2}, set by Helm only for login's first
   *     ping
   */
  public AuthInterceptor(
      CredentialProvider credentials,
      TokenCache cache,
      okhttp3.OkHttpClient tokenClient,
      boolean forceOAuth2) {
    this.credentials = credentials;
    this.cache = cache;
    this.tokens = new TokenFetcher(tokenClient);
    this.forceOAuth2 = forceOAuth2;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = chain.request();
    if (original.header("Authorization") != null) {
      return chain.proceed(original);
    }
    String host = hostPort(original.url());
    RequestScopes scopes =
        Optional.ofNullable(original.tag(RequestScopes.class)).orElse(RequestScopes.NONE);

    String attemptedKey = null;
    Request first = original;
    Optional<AuthScheme> cachedScheme = cache.scheme(host);
    if (cachedScheme.isPresent()) {
      AuthScheme scheme = cachedScheme.get();
      String key = scheme == AuthScheme.BASIC ? "" : scopes.key();
      if (scheme == AuthScheme.BEARER) {
        attemptedKey = key;
      }
      Optional<String> token = cache.token(host, scheme, key);
      if (token.isPresent()) {
        first = withAuthorization(original, scheme, token.get());
      }
    }

    Response response = chain.proceed(first);
    if (response.code() != 401 || !Origin.same(original.url(), response.request().url())) {
      return response;
    }
    String where =
        response.request().method() + " " + Strconv.quote(response.request().url().toString());
    Challenge challenge = Challenge.parse(response.header("WWW-Authenticate"));
    switch (challenge.scheme()) {
      case BASIC -> {
        response.close();
        String token = basicToken(host, where);
        cache.put(host, AuthScheme.BASIC, "", token);
        return chain.proceed(rewound(withAuthorization(original, AuthScheme.BASIC, token)));
      }
      case BEARER -> {
        response.close();
        return bearer(chain, original, host, scopes, attemptedKey, challenge, where);
      }
      default -> {
        return response;
      }
    }
  }

  private Response bearer(
      Chain chain,
      Request original,
      String host,
      RequestScopes scopes,
      String attemptedKey,
      Challenge challenge,
      String where)
      throws IOException {
    List<String> merged = new ArrayList<>(scopes.scopes());
    challenge.scope().ifPresent(s -> merged.addAll(Arrays.asList(s.split(" ", -1))));
    RequestScopes all = challenge.scope().isPresent() ? new RequestScopes(merged) : scopes;
    String key = all.key();

    if (!key.equals(attemptedKey)) {
      Optional<String> cached = cache.token(host, AuthScheme.BEARER, key);
      if (cached.isPresent()) {
        Response retried =
            chain.proceed(rewound(withAuthorization(original, AuthScheme.BEARER, cached.get())));
        if (retried.code() != 401) {
          return retried;
        }
        retried.close();
      }
    }

    String realm = challenge.realm().orElse("");
    Optional<String> refusal = RealmValidator.check(realm, original.url());
    if (refusal.isPresent()) {
      throw new AuthenticationException(where + ": " + refusal.get());
    }
    String token;
    try {
      token =
          tokens.fetch(
              credentials.credential(host),
              realm,
              challenge.service().orElse(""),
              all.scopes(),
              forceOAuth2);
    } catch (IOException e) {
      throw new AuthenticationException(where + ": " + e.getMessage(), e);
    }
    cache.put(host, AuthScheme.BEARER, key, token);
    return chain.proceed(rewound(withAuthorization(original, AuthScheme.BEARER, token)));
  }

  private String basicToken(String host, String where) throws IOException {
    Credential cred;
    try {
      cred = credentials.credential(host);
    } catch (IOException e) {
      throw new AuthenticationException(
          where + ": failed to resolve credential: " + e.getMessage(), e);
    }
    if (cred.isEmpty()) {
      throw new AuthenticationException(where + ": basic credential not found");
    }
    if (cred.username().isEmpty() || cred.password().isEmpty()) {
      throw new AuthenticationException(where + ": missing username or password for basic auth");
    }
    return okhttp3.Credentials.basic(cred.username(), cred.password()).substring("Basic ".length());
  }

  private static Request withAuthorization(Request request, AuthScheme scheme, String token) {
    String prefix = scheme == AuthScheme.BASIC ? "Basic " : "Bearer ";
    return request.newBuilder().header("Authorization", prefix + token).build();
  }

  /** A body that can only be sent once cannot be sent again with credentials. */
  private static Request rewound(Request request) throws AuthenticationException {
    if (request.body() != null && request.body().isOneShot()) {
      throw new AuthenticationException(
          request.method()
              + " "
              + Strconv.quote(request.url().toString())
              + ": request body is not rewindable");
    }
    return request;
  }

  /** {@code host[:port]} as Go's {@code URL.Host}: the port only when not the scheme default. */
  static String hostPort(HttpUrl url) {
    String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
    return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
  }
}
