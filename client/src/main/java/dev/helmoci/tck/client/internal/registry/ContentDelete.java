package dev.helmoci.tck.client.internal.registry;

import dev.helmoci.tck.client.internal.auth.Scopes;
import dev.helmoci.tck.client.internal.transport.ErrorResponses;
import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code DELETE /v2/<repo>/manifests/<reference>} and {@code DELETE /v2/<repo>/blobs/<digest>} (OCI
 * distribution spec, "Deleting tags", "Deleting Manifests", "Deleting Blobs"). Helm never deletes;
 * the kit does, to clean up what its runs wrote. 202 (or 200) is success; anything else is the
 * registry's error response (405 where deletes are disabled or the content is still referenced, 404
 * when it is already gone).
 */
public final class ContentDelete {
  private final EndpointCaller caller;

  public ContentDelete(EndpointCaller caller) {
    this.caller = caller;
  }

  /** {@code kind} is {@code manifests} or {@code blobs}. */
  public void delete(String repository, String kind, String reference) throws IOException {
    Response response =
        caller.send(
            new Request.Builder().delete().url(caller.repositoryUrl(repository, kind, reference)),
            repository,
            Scopes.PULL,
            "delete");
    if (response.code() != 202 && response.code() != 200) {
      throw ErrorResponses.from(response);
    }
    response.close();
  }
}
