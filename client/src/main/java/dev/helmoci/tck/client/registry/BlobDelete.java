package dev.helmoci.tck.client.registry;

import dev.helmoci.tck.client.auth.Scopes;
import dev.helmoci.tck.client.transport.ErrorResponses;
import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code DELETE /v2/<repo>/blobs/<digest>} (OCI distribution spec, "Deleting Blobs"). Helm never deletes; the kit
 * does, to remove the layers its runs uploaded. 202 (or 200) is success; anything else is the registry's error
 * response (405 where deletes are disabled, 404 when the blob is already gone).
 */
final class BlobDelete {
  private final EndpointCaller caller;

  BlobDelete(EndpointCaller caller) {
    this.caller = caller;
  }

  void delete(String repository, String digest) throws IOException {
    Response response = caller.send(new Request.Builder().delete().url(caller.repositoryUrl(repository, "blobs",
        digest)), repository, Scopes.PULL, "delete");
    if (response.code() != 202 && response.code() != 200) {
      throw ErrorResponses.from(response);
    }
    response.close();
  }
}
