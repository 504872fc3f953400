package dev.helmoci.tck.client.registry;

import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.auth.TokenCache;
import dev.helmoci.tck.client.internal.auth.AuthInterceptor;
import dev.helmoci.tck.client.internal.auth.RequestScopes;
import dev.helmoci.tck.client.internal.auth.Scopes;
import dev.helmoci.tck.client.internal.golang.Strconv;
import dev.helmoci.tck.client.internal.registry.BlobFetch;
import dev.helmoci.tck.client.internal.registry.BlobResolve;
import dev.helmoci.tck.client.internal.registry.BlobUpload;
import dev.helmoci.tck.client.internal.registry.ContentDelete;
import dev.helmoci.tck.client.internal.registry.EndpointCaller;
import dev.helmoci.tck.client.internal.registry.ManifestFetch;
import dev.helmoci.tck.client.internal.registry.ManifestPush;
import dev.helmoci.tck.client.internal.registry.ManifestResolve;
import dev.helmoci.tck.client.internal.registry.Ping;
import dev.helmoci.tck.client.internal.registry.TagList;
import dev.helmoci.tck.client.internal.transport.Origin;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.transport.RegistryTransport;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The registry operations Helm uses, for one registry and one credential source, each doing on the
 * wire what oras-go v2 does for Helm. Errors are {@link RegistryException} (content and header
 * checks, {@link NotFoundException}), {@link
 * dev.helmoci.tck.client.transport.ErrorResponseException} (HTTP status) or {@link
 * dev.helmoci.tck.client.auth.AuthenticationException}.
 */
public final class RegistryClient {
  private final String registry;
  private final EndpointCaller caller;
  private final boolean sameOriginTagLinks;
  private final OkHttpClient anonymous;

  private RegistryClient(
      String registry, EndpointCaller caller, boolean sameOriginTagLinks, OkHttpClient anonymous) {
    this.registry = registry;
    this.caller = caller;
    this.sameOriginTagLinks = sameOriginTagLinks;
    this.anonymous = anonymous;
  }

  /**
   * @param registry {@code host[:port]}, as in a Helm reference
   */
  public static Builder builder(String registry) {
    return new Builder(registry);
  }

  public String registry() {
    return registry;
  }

  /**
   * The same client (connections, token cache) with a scope hint on every request: Helm 4.2.4+'s
   * {@code withScopeHint(ctx, repo, "pull", "push")} for push.
   */
  public RegistryClient withScopeHint(String repository, String... actions) {
    return new RegistryClient(
        registry,
        caller.withHint(RequestScopes.of(Scopes.repository(repository, actions))),
        sameOriginTagLinks,
        anonymous);
  }

  /** {@code GET /v2/}; {@link NotFoundException} on 404. */
  public void ping() throws IOException {
    new Ping(caller).run();
  }

  /** {@code HEAD} manifest by tag or digest; {@link NotFoundException} on 404. */
  public BlobDescriptor resolveManifest(String repository, String reference) throws IOException {
    return new ManifestResolve(caller).resolve(repository, reference);
  }

  public boolean manifestExists(String repository, String digest) throws IOException {
    return new ManifestResolve(caller).exists(repository, digest);
  }

  /** {@code GET} manifest by tag or digest with Helm's Accept list; content verified, ≤ 4 MiB. */
  public FetchedManifest fetchManifest(String repository, String reference) throws IOException {
    return new ManifestFetch(caller).fetchReference(repository, reference);
  }

  /** {@code GET} manifest by descriptor: {@code Content-Type} must equal its media type. */
  public byte[] fetchManifest(String repository, BlobDescriptor descriptor) throws IOException {
    return new ManifestFetch(caller).fetchDescriptor(repository, descriptor);
  }

  /** {@code PUT} manifest by digest or tag; 201 required. */
  public void pushManifest(
      String repository, String reference, BlobDescriptor descriptor, byte[] content)
      throws IOException {
    new ManifestPush(caller).push(repository, reference, descriptor, content);
  }

  /** oras-go {@code Tag}: GET by digest, then PUT the same bytes by tag. */
  public void tagManifest(String repository, BlobDescriptor descriptor, String tag)
      throws IOException {
    new ManifestPush(caller).tag(repository, descriptor, tag);
  }

  /** {@code HEAD} blob; {@link NotFoundException} on 404. */
  public BlobDescriptor resolveBlob(String repository, Digest digest) throws IOException {
    return new BlobResolve(caller).resolve(repository, digest);
  }

  public boolean blobExists(String repository, Digest digest) throws IOException {
    return new BlobResolve(caller).exists(repository, digest);
  }

  /** POST + PUT monolithic upload, streamed from {@code content}. */
  public void pushBlob(String repository, BlobDescriptor descriptor, BlobSource content)
      throws IOException {
    new BlobUpload(caller).push(repository, descriptor, content);
  }

  /** A stream that verifies size and digest as it is read; close it. */
  public InputStream openBlob(String repository, BlobDescriptor descriptor) throws IOException {
    return new BlobFetch(caller).open(repository, descriptor);
  }

  /** Downloads and verifies a blob into a file. */
  public void fetchBlob(String repository, BlobDescriptor descriptor, Path target)
      throws IOException {
    new BlobFetch(caller).fetchTo(repository, descriptor, target);
  }

  /** Every tag across {@code Link} pages, in registry order. */
  public List<String> listTags(String repository) throws IOException {
    return new TagList(caller, sameOriginTagLinks).list(repository);
  }

  /** {@code GET /v2/_catalog} with its pages; not used by Helm, used by the kit's sweep. */
  public List<String> catalog() throws IOException {
    return new TagList(caller, sameOriginTagLinks).catalog();
  }

  /**
   * {@code DELETE} a manifest by digest (or, where the registry allows it, a tag); not used by
   * Helm, used by the kit to clean up its pushes.
   */
  public void deleteManifest(String repository, String reference) throws IOException {
    new ContentDelete(caller).delete(repository, "manifests", reference);
  }

  /** {@code DELETE} a blob by digest; not used by Helm, used by the kit to clean up its uploads. */
  public void deleteBlob(String repository, Digest digest) throws IOException {
    new ContentDelete(caller).delete(repository, "blobs", digest.toString());
  }

  /**
   * Opens an upload session (the POST of {@link #pushBlob}) without finishing it, for callers that
   * hold several open at once; finish it with {@link #finishUpload} or close it with {@link
   * #cancelUpload}.
   */
  public UploadSession startUpload(String repository) throws IOException {
    return new BlobUpload(caller).start(repository);
  }

  /** The PUT of {@link #pushBlob} on an open session; 201 required. */
  public void finishUpload(UploadSession session, BlobDescriptor descriptor, BlobSource content)
      throws IOException {
    new BlobUpload(caller).finish(session, descriptor, content);
  }

  /** {@code DELETE} an open session; not used by Helm. Any answer is accepted. */
  public void cancelUpload(UploadSession session) throws IOException {
    new BlobUpload(caller).cancel(session);
  }

  /**
   * Where a raw request goes: {@code pathOrUrl} is a path from the registry root ({@code /v2/…}) or
   * an absolute URL on the registry's {@linkplain Origin#same origin} (an upload {@code Location}
   * read earlier); any other origin is refused, so the registry's credentials never leave it.
   */
  public HttpUrl url(String pathOrUrl) throws RegistryException {
    HttpUrl root = caller.root();
    HttpUrl absolute = HttpUrl.parse(pathOrUrl);
    HttpUrl url =
        absolute != null ? absolute : pathOrUrl.startsWith("/") ? root.resolve(pathOrUrl) : null;
    if (url == null) {
      throw new RegistryException("invalid request target " + Strconv.quote(pathOrUrl));
    }
    if (!Origin.same(url, root)) {
      throw new RegistryException(
          Strconv.quote(pathOrUrl)
              + " is on another origin than the registry "
              + Strconv.quote(root.toString()));
    }
    return url;
  }

  /**
   * Sends a request Helm never sends (a probe of {@code /v2/}, a hand-written manifest, a header
   * check) through the same stack as every operation above: TLS, timeouts, {@code User-Agent},
   * retry policy, redirects and the exchange observer (which sees each hop already redacted). With
   * {@code authenticate}, a request without its own {@code Authorization} goes out as oras-go's
   * auth client sends: with what the token cache holds for it, else anonymously, then on a
   * same-origin 401 the challenge is answered with Basic credentials or a token for the challenge's
   * scope; without it, the request is sent as given, even when it is answered 401. The URL must
   * pass {@link #url}. The response is returned unchecked; close it.
   *
   * @throws dev.helmoci.tck.client.auth.AuthenticationException when a challenge cannot be answered
   */
  public Response send(Request request, boolean authenticate) throws IOException {
    url(request.url().toString());
    return authenticate ? caller.send(request) : anonymous.newCall(request).execute();
  }

  /** Configures transport, credentials and auth behaviour; {@link #build()} wires the stack. */
  public static final class Builder {
    private final String registry;
    private TransportOptions options = TransportOptions.defaults();
    private RegistryTransport transport;
    private CredentialProvider credentials = CredentialProvider.NONE;
    private TokenCache tokenCache = new TokenCache();
    private boolean forceAttemptOAuth2;
    private boolean sameOriginTagLinks = true;

    private Builder(String registry) {
      this.registry = Objects.requireNonNull(registry);
    }

    public Builder transportOptions(TransportOptions value) {
      this.options = Objects.requireNonNull(value);
      return this;
    }

    /** Reuse an existing transport (its options win over {@link #transportOptions}). */
    public Builder transport(RegistryTransport value) {
      this.transport = Objects.requireNonNull(value);
      return this;
    }

    public Builder credentials(CredentialProvider value) {
      this.credentials = Objects.requireNonNull(value);
      return this;
    }

    /** Share tokens between clients (Helm keeps one cache per registry client). */
    public Builder tokenCache(TokenCache value) {
      this.tokenCache = Objects.requireNonNull(value);
      return this;
    }

    /** oras-go {@code ForceAttemptOAuth2}: Helm sets it for login's first attempt only. */
    public Builder forceAttemptOAuth2(boolean value) {
      this.forceAttemptOAuth2 = value;
      return this;
    }

    /** Refuse tag-list {@code Link}s to another origin (oras-go 2.6.2); default on. */
    public Builder sameOriginTagLinks(boolean value) {
      this.sameOriginTagLinks = value;
      return this;
    }

    public RegistryClient build() throws IOException {
      RegistryTransport t = transport != null ? transport : RegistryTransport.create(options);
      AuthInterceptor auth =
          new AuthInterceptor(credentials, tokenCache, t.client(), forceAttemptOAuth2);
      // Docker Hub's reference name is not where its API lives (oras-go Reference.Host()).
      String host = registry.equals("docker.io") ? "registry-1.docker.io" : registry;
      EndpointCaller caller =
          new EndpointCaller(
              t.client(List.of(auth)), registry, t.registryUrl(host), RequestScopes.NONE);
      return new RegistryClient(registry, caller, sameOriginTagLinks, t.client());
    }
  }
}
