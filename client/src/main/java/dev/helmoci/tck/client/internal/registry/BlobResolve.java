package dev.helmoci.tck.client.internal.registry;

import static dev.helmoci.tck.client.internal.registry.ResponseChecks.where;

import dev.helmoci.tck.client.internal.auth.Scopes;
import dev.helmoci.tck.client.internal.transport.ErrorResponses;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.MediaTypes;
import dev.helmoci.tck.client.registry.NotFoundException;
import dev.helmoci.tck.client.registry.RegistryException;
import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code HEAD /v2/<repo>/blobs/<digest>}: push's blob "exists" check (oras-go {@code
 * blobStore.Resolve}). A 200 must carry {@code Content-Length}; a {@code Docker-Content-Digest}, if
 * sent, must equal the digest.
 */
public final class BlobResolve {
  private final EndpointCaller caller;

  public BlobResolve(EndpointCaller caller) {
    this.caller = caller;
  }

  public BlobDescriptor resolve(String repository, Digest digest) throws IOException {
    Request.Builder request =
        new Request.Builder()
            .head()
            .url(caller.repositoryUrl(repository, "blobs", digest.toString()));
    Response response = caller.send(request, repository, Scopes.PULL);
    switch (response.code()) {
      case 200 -> {
        try (response) {
          ResponseChecks.ParsedMediaType type =
              ResponseChecks.parseMediaType(response.header("Content-Type"));
          String mediaType =
              type.mediaType().isEmpty() ? MediaTypes.OCTET_STREAM : type.mediaType();
          long size = ResponseChecks.contentLength(response);
          if (size == -1) {
            throw new RegistryException(where(response) + ": unknown response Content-Length");
          }
          ResponseChecks.verifyContentDigest(response, digest.toString());
          return new BlobDescriptor(mediaType, digest, size);
        }
      }
      case 404 -> {
        response.close();
        throw new NotFoundException(caller.registryName() + "/" + repository + "@" + digest);
      }
      default -> throw ErrorResponses.from(response);
    }
  }

  public boolean exists(String repository, Digest digest) throws IOException {
    try {
      resolve(repository, digest);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }
}
