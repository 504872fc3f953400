package dev.helmoci.tck.client.internal.registry;

import dev.helmoci.tck.client.internal.auth.Scopes;
import dev.helmoci.tck.client.internal.golang.UrlValues;
import dev.helmoci.tck.client.internal.transport.ErrorResponses;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.BlobSource;
import dev.helmoci.tck.client.registry.MediaTypes;
import dev.helmoci.tck.client.registry.RegistryException;
import dev.helmoci.tck.client.registry.UploadSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Helm's monolithic two-step upload (oras-go {@code blobStore.Push}): {@code POST
 * /v2/<repo>/blobs/uploads/} must answer 202 with a {@code Location} on the registry's own host
 * (oras-go ≥ 2.6.1); then {@code PUT <Location>?digest=<d>} (existing query kept, re-encoded sorted
 * like Go) with the POST's Authorization, {@code application/octet-stream} and the exact length
 * must answer 201. The body is streamed from its {@link BlobSource}.
 */
public final class BlobUpload {
  private static final MediaType OCTET_STREAM = MediaType.get(MediaTypes.OCTET_STREAM);

  private final EndpointCaller caller;

  public BlobUpload(EndpointCaller caller) {
    this.caller = caller;
  }

  public void push(String repository, BlobDescriptor expected, BlobSource content)
      throws IOException {
    finish(start(repository), expected, content);
  }

  /** The POST: 202 with a same-host {@code Location} required. */
  public UploadSession start(String repository) throws IOException {
    Request.Builder start =
        new Request.Builder()
            .url(caller.uploadUrl(repository))
            .post(RequestBody.create(new byte[0], null));
    Response started = caller.send(start, repository, Scopes.PULL, Scopes.PUSH);
    if (started.code() != 202) {
      throw ErrorResponses.from(started);
    }
    started.close();
    return new OpenUpload(
        repository,
        UploadLocation.resolve(started),
        Optional.ofNullable(started.request().header("Authorization")));
  }

  /** The PUT with {@code ?digest=}: 201 required. */
  public void finish(UploadSession session, BlobDescriptor expected, BlobSource content)
      throws IOException {
    long size = content.size();
    if (content.replayable() && size != expected.size()) {
      throw new RegistryException(
          "mismatch content length " + size + ": expect " + expected.size());
    }
    HttpUrl location = session.location();
    HttpUrl target =
        UrlValues.of(location).set("digest", expected.digest().toString()).applyTo(location);
    Request.Builder finish =
        new Request.Builder()
            .url(target)
            .put(new StreamingBody(content, expected.size()))
            .header("Content-Type", MediaTypes.OCTET_STREAM);
    OpenUpload.of(session).authorization().ifPresent(a -> finish.header("Authorization", a));
    Response finished = caller.send(finish, session.repository(), Scopes.PULL, Scopes.PUSH);
    if (finished.code() != 201) {
      throw ErrorResponses.from(finished);
    }
    finished.close();
  }

  /**
   * {@code DELETE <Location>} (spec.md#canceling-an-upload); not something Helm does: the kit
   * closes sessions it gave up on, so a registry that limits open sessions is not left blocked. Any
   * answer is accepted.
   */
  public void cancel(UploadSession session) throws IOException {
    Request.Builder delete = new Request.Builder().url(session.location()).delete();
    OpenUpload.of(session).authorization().ifPresent(a -> delete.header("Authorization", a));
    caller.send(delete, session.repository(), Scopes.PULL, Scopes.PUSH).close();
  }

  /** Streams the source; declares the expected length so the registry sees no chunking. */
  private static final class StreamingBody extends RequestBody {
    private final BlobSource source;
    private final long length;

    StreamingBody(BlobSource source, long length) {
      this.source = source;
      this.length = length;
    }

    @Override
    public MediaType contentType() {
      return OCTET_STREAM;
    }

    @Override
    public long contentLength() {
      return length;
    }

    @Override
    public boolean isOneShot() {
      return !source.replayable();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      try (InputStream in = source.open();
          Source from = Okio.source(in)) {
        sink.writeAll(from);
      }
    }
  }
}
