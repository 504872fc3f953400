package dev.helmoci.tck.client.internal.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.auth.AuthenticationException;
import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.internal.golang.Strconv;
import dev.helmoci.tck.client.internal.golang.UrlValues;
import dev.helmoci.tck.client.internal.transport.ErrorResponses;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Obtains bearer tokens from a realm, as oras-go's auth client: the distribution flow (GET with
 * {@code service} and repeated {@code scope}, Basic credentials or anonymous) and the OAuth2 flow
 * (POST form with {@code grant_type}, {@code client_id=oras-go}, space-joined {@code scope}). Reads
 * at most 128 KiB of a token response.
 */
public final class TokenFetcher {
  static final int MAX_RESPONSE_BYTES = 128 * 1024;
  static final String CLIENT_ID = "oras-go";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

  private final OkHttpClient http;

  TokenFetcher(OkHttpClient http) {
    this.http = http;
  }

  /** Bearer token for a credential, choosing the flow the way oras-go does. */
  String fetch(
      Credential cred, String realm, String service, List<String> scopes, boolean forceOAuth2)
      throws IOException {
    if (!cred.accessToken().isEmpty()) {
      return cred.accessToken();
    }
    if (cred.isEmpty() || (cred.refreshToken().isEmpty() && !forceOAuth2)) {
      return distributionToken(realm, service, scopes, cred.username(), cred.password());
    }
    return oauth2Token(realm, service, scopes, cred);
  }

  private String distributionToken(
      String realm, String service, List<String> scopes, String username, String password)
      throws IOException {
    HttpUrl realmUrl = parseRealm(realm);
    UrlValues query = UrlValues.of(realmUrl);
    if (!service.isEmpty()) {
      query.set("service", service);
    }
    scopes.forEach(s -> query.add("scope", s));
    Request.Builder request = new Request.Builder().get().url(query.applyTo(realmUrl));
    if (!username.isEmpty() || !password.isEmpty()) {
      request.header("Authorization", Credentials.basic(username, password));
    }
    return readToken(http.newCall(request.build()).execute(), true);
  }

  private String oauth2Token(String realm, String service, List<String> scopes, Credential cred)
      throws IOException {
    UrlValues form = UrlValues.of(HttpUrl.get("http://form.invalid/"));
    if (!cred.refreshToken().isEmpty()) {
      form.set("grant_type", "refresh_token").set("refresh_token", cred.refreshToken());
    } else if (!cred.username().isEmpty() && !cred.password().isEmpty()) {
      form.set("grant_type", "password")
          .set("username", cred.username())
          .set("password", cred.password());
    } else {
      throw new AuthenticationException("missing username or password for bearer auth");
    }
    form.set("service", service).set("client_id", CLIENT_ID);
    if (!scopes.isEmpty()) {
      form.set("scope", String.join(" ", scopes));
    }
    Request request =
        new Request.Builder()
            .url(parseRealm(realm))
            .post(RequestBody.create(form.encode(), FORM))
            .build();
    return readToken(http.newCall(request).execute(), false);
  }

  private static HttpUrl parseRealm(String realm) throws AuthenticationException {
    HttpUrl url = HttpUrl.parse(realm);
    if (url == null) {
      throw new AuthenticationException("invalid bearer realm " + Strconv.quote(realm));
    }
    return url;
  }

  private static String readToken(Response response, boolean acceptTokenField) throws IOException {
    String where =
        response.request().method() + " " + Strconv.quote(response.request().url().toString());
    if (response.code() != 200) {
      throw ErrorResponses.from(response);
    }
    JsonNode result;
    try (response;
        ResponseBody body = response.body()) {
      InputStream in = body.byteStream();
      byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES);
      result = JSON.readTree(bytes);
      if (result == null || !result.isObject()) {
        throw new IOException(bytes.length == 0 ? "EOF" : "not a JSON object");
      }
    } catch (JsonProcessingException e) {
      // The original message names the parse problem without echoing the body (a token).
      throw new AuthenticationException(
          where + ": failed to decode response: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new AuthenticationException(
          where + ": failed to decode response: " + e.getMessage(), e);
    }
    String accessToken = text(result, "access_token");
    if (!accessToken.isEmpty()) {
      return accessToken;
    }
    String token = acceptTokenField ? text(result, "token") : "";
    if (!token.isEmpty()) {
      return token;
    }
    throw new AuthenticationException(where + ": empty token returned");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() ? "" : value.asText();
  }
}
