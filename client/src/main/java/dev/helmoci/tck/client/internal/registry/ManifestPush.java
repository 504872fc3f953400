package dev.helmoci.tck.client.internal.registry;

import dev.helmoci.tck.client.internal.auth.Scopes;
import dev.helmoci.tck.client.internal.transport.ErrorResponses;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.RegistryException;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code PUT /v2/<repo>/manifests/<digest|tag>} with {@code Content-Type} = the manifest's media
 * type; only 201 succeeds, and a returned {@code Docker-Content-Digest} must match (oras-go {@code
 * manifestStore.push}). Tagging re-fetches the manifest by digest first, as oras-go's {@code Tag}
 * does, so the registry must serve an untagged manifest immediately.
 */
public final class ManifestPush {
  private final EndpointCaller caller;
  private final ManifestFetch fetch;

  public ManifestPush(EndpointCaller caller) {
    this.caller = caller;
    this.fetch = new ManifestFetch(caller);
  }

  public void push(String repository, String reference, BlobDescriptor expected, byte[] content)
      throws IOException {
    ManifestFetch.checkSize(expected);
    if (content.length != expected.size()) {
      throw new RegistryException(
          "mismatch content length " + content.length + ": expect " + expected.size());
    }
    // The media type goes verbatim into Content-Type; OkHttp must not append a charset.
    RequestBody body = RequestBody.create(content, MediaType.get(expected.mediaType()));
    Request.Builder request =
        new Request.Builder()
            .url(caller.repositoryUrl(repository, "manifests", reference))
            .put(body)
            .header("Content-Type", expected.mediaType());
    Response response = caller.send(request, repository, Scopes.PULL, Scopes.PUSH);
    if (response.code() != 201) {
      throw ErrorResponses.from(response);
    }
    try (response) {
      ResponseChecks.verifyContentDigest(response, expected.digest().toString());
    }
  }

  /** oras-go {@code manifestStore.Tag}: GET by digest (exact Content-Type), then PUT by tag. */
  public void tag(String repository, BlobDescriptor descriptor, String tag) throws IOException {
    byte[] content = fetch.fetchDescriptor(repository, descriptor, Scopes.PULL, Scopes.PUSH);
    push(repository, tag, descriptor, content);
  }
}
