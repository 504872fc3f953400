package dev.helmoci.tck.client.internal.registry;

import dev.helmoci.tck.client.internal.auth.RequestScopes;
import dev.helmoci.tck.client.internal.auth.Scopes;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one sender shared by all operations of a registry: builds URLs under {@code /v2/}, attaches
 * the operation's token scopes (plus the client-wide hint), and returns every response; operations
 * decide what a status means.
 */
public final class EndpointCaller {
  private final OkHttpClient http;
  private final String registryName;
  private final HttpUrl registryUrl;
  private final RequestScopes hint;

  /**
   * @param http the authenticated client (auth layer over the transport)
   * @param registryName the registry as the reference names it, for messages
   * @param registryUrl {@code <scheme>://<host[:port]>/}
   * @param hint scopes added to every request, e.g. Helm 4.2.4+'s push-time {@code
   *     repository:<repo>:pull,push}
   */
  public EndpointCaller(
      OkHttpClient http, String registryName, HttpUrl registryUrl, RequestScopes hint) {
    this.http = http;
    this.registryName = registryName;
    this.registryUrl = registryUrl;
    this.hint = hint;
  }

  /** Same registry and client, another scope hint. */
  public EndpointCaller withHint(RequestScopes newHint) {
    return new EndpointCaller(http, registryName, registryUrl, newHint);
  }

  /** The registry as oras-go names it in messages: {@code host[:port]} as written. */
  public String registryName() {
    return registryName;
  }

  /** {@code <scheme>://<host[:port]>/}: the registry's origin. */
  public HttpUrl root() {
    return registryUrl;
  }

  public HttpUrl base() {
    return registryUrl.newBuilder().addPathSegment("v2").addPathSegment("").build();
  }

  public HttpUrl repositoryUrl(String repository, String kind, String reference) {
    return registryUrl
        .newBuilder()
        .addPathSegment("v2")
        .addPathSegments(repository)
        .addPathSegment(kind)
        .addPathSegment(reference)
        .build();
  }

  public HttpUrl uploadUrl(String repository) {
    return registryUrl
        .newBuilder()
        .addPathSegment("v2")
        .addPathSegments(repository)
        .addPathSegments("blobs/uploads/")
        .build();
  }

  public HttpUrl tagListUrl(String repository) {
    return registryUrl
        .newBuilder()
        .addPathSegment("v2")
        .addPathSegments(repository)
        .addPathSegments("tags/list")
        .build();
  }

  public HttpUrl catalogUrl() {
    return registryUrl.newBuilder().addPathSegment("v2").addPathSegment("_catalog").build();
  }

  /** Sends with one explicit scope, e.g. {@code registry:catalog:*}. */
  public Response sendScoped(Request.Builder request, String scope) throws IOException {
    return http.newCall(request.tag(RequestScopes.class, hint.plus(scope)).build()).execute();
  }

  /**
   * Sends a request built elsewhere with the client-wide hint only (the challenge names its own
   * scope).
   */
  public Response send(Request request) throws IOException {
    return http.newCall(request.newBuilder().tag(RequestScopes.class, hint).build()).execute();
  }

  /** Sends with scope {@code repository:<repo>:<actions>} (none when repository is empty). */
  public Response send(Request.Builder request, String repository, String... actions)
      throws IOException {
    RequestScopes scopes =
        repository.isEmpty() ? hint : hint.plus(Scopes.repository(repository, actions));
    return http.newCall(request.tag(RequestScopes.class, scopes).build()).execute();
  }
}
