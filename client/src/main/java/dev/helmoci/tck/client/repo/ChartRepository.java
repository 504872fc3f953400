package dev.helmoci.tck.client.repo;

import dev.helmoci.tck.client.internal.repo.DigestMismatchException;
import dev.helmoci.tck.client.internal.repo.RepoCredentials;
import dev.helmoci.tck.client.internal.repo.RepoException;
import dev.helmoci.tck.client.internal.repo.RepoIndexParser;
import dev.helmoci.tck.client.internal.repo.RepoUrls;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.transport.RegistryTransport;
import dev.helmoci.tck.client.transport.RetryPolicy;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A classic HTTP chart repository ({@code helm repo add NAME URL}): its index, its archives and
 * {@code .prov} files, reached with Helm's TLS flags and Basic auth. Mirrors helm v3.22 {@code
 * pkg/repo/chartrepo.go} ({@code DownloadIndexFile}) and {@code pkg/downloader/chart_downloader.go}
 * ({@code DownloadTo}: the archive, then {@code <url>.prov}); unlike helm, the archive's SHA-256 is
 * checked against the index's {@code digest} (helm 4 only uses it as a cache key).
 */
public final class ChartRepository {
  /**
   * helm's {@code getter.WithAcceptHeader} for chart (and {@code .prov}) downloads, v3.22 and v4.3
   * alike.
   */
  static final String ARCHIVE_ACCEPT = "application/gzip,application/octet-stream";

  private final HttpUrl url;
  private final OkHttpClient http;
  private final String indexFile;

  private ChartRepository(HttpUrl url, OkHttpClient http, String indexFile) {
    this.url = url;
    this.http = http;
    this.indexFile = indexFile;
  }

  public static Builder builder(String url) {
    return new Builder(url);
  }

  public HttpUrl url() {
    return url;
  }

  /** {@code GET <url>/index.yaml} (or the index file set on the builder), parsed as Helm does. */
  public RepoIndex index() throws IOException {
    HttpUrl indexUrl = RepoUrls.resolve(url, indexFile);
    return RepoIndexParser.parse(
        get(indexUrl, null)
            .orElseThrow(
                () ->
                    new RepoException(
                        "no index at "
                            + redacted(indexUrl)
                            + " (404): is "
                            + redacted(url)
                            + " a chart repository?")),
        redacted(indexUrl));
  }

  /**
   * The archive of one entry (its first URL, as Helm takes), digest-checked, and its {@code .prov}.
   */
  public DownloadedChart download(RepoEntry entry) throws IOException {
    if (entry.urls().isEmpty()) {
      throw new RepoException(
          "chart " + entry.label() + " has no downloadable URLs in the index of " + redacted(url));
    }
    HttpUrl archiveUrl = RepoUrls.resolve(url, entry.urls().get(0));
    byte[] archive =
        get(archiveUrl, ARCHIVE_ACCEPT)
            .orElseThrow(
                () ->
                    new RepoException(
                        "chart " + entry.label() + ": " + redacted(archiveUrl) + " answered 404"));
    String actual = Digest.sha256(archive).toString();
    Optional<String> expected = entry.sha256();
    if (expected.isPresent() && !expected.get().equals(actual)) {
      throw new DigestMismatchException(redacted(archiveUrl), expected.get(), actual);
    }
    // Always asked for (helm pull only with --prov), so a signature is never left behind; 404 means
    // none.
    // helm appends ".prov" to the whole URL string, query included (chart_downloader.go).
    HttpUrl provUrl = HttpUrl.get(archiveUrl + ".prov");
    Optional<byte[]> prov = get(provUrl, ARCHIVE_ACCEPT);
    return new DownloadedChart(entry, redacted(archiveUrl), archive, prov);
  }

  private Optional<byte[]> get(HttpUrl target, String accept) throws IOException {
    // helm sends no Accept for the index (DownloadIndexFile), Helm's archive Accept for charts and
    // .prov.
    Request.Builder builder = new Request.Builder().url(target).get();
    if (accept != null) {
      builder.header("Accept", accept);
    }
    Request request = builder.build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() == 404) {
        return Optional.empty();
      }
      if (!response.isSuccessful()) {
        throw new RepoException(
            "GET "
                + redacted(target)
                + ": "
                + response.code()
                + " "
                + response.message()
                + (response.code() == 401 ? " (wrong or missing --username/--password)" : ""));
      }
      ResponseBody body = Objects.requireNonNull(response.body());
      return Optional.of(body.bytes());
    } catch (RepoException e) {
      throw e;
    } catch (IOException e) {
      throw new RepoException("GET " + redacted(target) + ": " + e.getMessage(), e);
    }
  }

  /** A URL without user info or query (a signed URL's query is a credential). */
  static String redacted(HttpUrl u) {
    return u.newBuilder().username("").password("").query(null).build().toString();
  }

  @Override
  public String toString() {
    return "ChartRepository{" + redacted(url) + "}";
  }

  /** Configures a {@link ChartRepository}. */
  public static final class Builder {
    private final HttpUrl url;
    private TransportOptions transport = TransportOptions.defaults();
    private String username;
    private String password;
    private boolean passCredentialsAll;
    private String indexFile = "index.yaml";

    private Builder(String url) {
      HttpUrl parsed = HttpUrl.parse(url);
      if (parsed == null) {
        throw new IllegalArgumentException(
            "invalid chart repository URL \"" + url + "\" (want http:// or https://)");
      }
      this.url = parsed;
    }

    /** TLS flags and timeouts; {@code plainHttp} is ignored (the URL's scheme decides). */
    public Builder transport(TransportOptions value) {
      transport = Objects.requireNonNull(value);
      return this;
    }

    public Builder basicAuth(String user, String pass) {
      username = user;
      password = pass;
      return this;
    }

    /** {@code --pass-credentials}: send Basic auth to every host, not only the repository's. */
    public Builder passCredentialsAll(boolean value) {
      passCredentialsAll = value;
      return this;
    }

    /**
     * The index file name under the URL: {@code index.yaml} (Helm's), or e.g. {@code index.json}.
     */
    public Builder indexFile(String value) {
      indexFile = Objects.requireNonNull(value);
      return this;
    }

    public ChartRepository build() throws IOException {
      // Helm's HTTPGetter has no retry wrapper; every call is bounded by the transport's timeouts.
      RegistryTransport stack =
          RegistryTransport.create(transport.toBuilder().retryPolicy(RetryPolicy.NONE).build());
      OkHttpClient http =
          stack.client(List.of(new RepoCredentials(url, username, password, passCredentialsAll)));
      return new ChartRepository(url, http, indexFile);
    }
  }
}
