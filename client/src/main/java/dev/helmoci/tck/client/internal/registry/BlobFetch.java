package dev.helmoci.tck.client.internal.registry;

import static dev.helmoci.tck.client.internal.registry.ResponseChecks.where;

import dev.helmoci.tck.client.internal.auth.Scopes;
import dev.helmoci.tck.client.internal.transport.ErrorResponses;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.NotFoundException;
import dev.helmoci.tck.client.registry.RegistryException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code GET /v2/<repo>/blobs/<digest>} (redirects followed, Authorization dropped across origins
 * by the transport) as oras-go {@code blobStore.Fetch}: a present {@code Content-Length} must equal
 * the descriptor size ({@code mismatch Content-Length}) and a present {@code Docker-Content-Digest}
 * the digest; the body is verified while streaming ({@link VerifyingInputStream}).
 */
public final class BlobFetch {
  private final EndpointCaller caller;

  public BlobFetch(EndpointCaller caller) {
    this.caller = caller;
  }

  /** A verifying stream over the blob; closing it closes the response. */
  public InputStream open(String repository, BlobDescriptor expected) throws IOException {
    Request.Builder request =
        new Request.Builder()
            .get()
            .url(caller.repositoryUrl(repository, "blobs", expected.digest().toString()));
    Response response = caller.send(request, repository, Scopes.PULL);
    switch (response.code()) {
      case 200 -> {}
      case 404 -> {
        response.close();
        throw new NotFoundException(expected.digest().toString());
      }
      default -> throw ErrorResponses.from(response);
    }
    long length = ResponseChecks.contentLength(response);
    if (length != -1 && length != expected.size()) {
      response.close();
      throw new RegistryException(where(response) + ": mismatch Content-Length");
    }
    try {
      ResponseChecks.verifyContentDigest(response, expected.digest().toString());
    } catch (RegistryException e) {
      response.close();
      throw e;
    }
    InputStream body =
        new FilterInputStream(response.body().byteStream()) {
          @Override
          public void close() throws IOException {
            response.close();
          }
        };
    return new VerifyingInputStream(body, expected);
  }

  /** Streams the blob into {@code target} (replaced only when the content verified). */
  public void fetchTo(String repository, BlobDescriptor expected, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
    try {
      try (InputStream in = open(repository, expected);
          OutputStream out = Files.newOutputStream(temp)) {
        in.transferTo(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
