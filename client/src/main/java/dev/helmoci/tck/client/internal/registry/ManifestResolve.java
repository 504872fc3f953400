package dev.helmoci.tck.client.internal.registry;

import dev.helmoci.tck.client.internal.auth.Scopes;
import dev.helmoci.tck.client.internal.transport.ErrorResponses;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.MediaTypes;
import dev.helmoci.tck.client.registry.NotFoundException;
import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code HEAD /v2/<repo>/manifests/<tag|digest>} with Helm's Accept list: the manifest "exists"
 * check of push and the tag check of digest+version pulls (oras-go {@code manifestStore.Resolve}).
 */
public final class ManifestResolve {
  private final EndpointCaller caller;

  public ManifestResolve(EndpointCaller caller) {
    this.caller = caller;
  }

  /** The descriptor from the headers; {@link NotFoundException} on 404. */
  public BlobDescriptor resolve(String repository, String reference) throws IOException {
    Request.Builder request =
        new Request.Builder()
            .head()
            .url(caller.repositoryUrl(repository, "manifests", reference))
            .header("Accept", MediaTypes.MANIFEST_ACCEPT);
    Response response = caller.send(request, repository, Scopes.PULL);
    switch (response.code()) {
      case 200 -> {
        try (response) {
          return ManifestDescriptors.fromResponse(response, reference, null);
        }
      }
      case 404 -> {
        response.close();
        throw new NotFoundException(
            caller.registryName() + "/" + repository + referenceSuffix(reference));
      }
      default -> throw ErrorResponses.from(response);
    }
  }

  /** True on 200, false on 404, else the error. */
  public boolean exists(String repository, String digest) throws IOException {
    try {
      resolve(repository, digest);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  static String referenceSuffix(String reference) {
    return (Digests.isDigest(reference) ? "@" : ":") + reference;
  }
}
