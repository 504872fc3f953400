package dev.helmoci.tck.client.internal.registry;

import static dev.helmoci.tck.client.internal.registry.ResponseChecks.where;

import dev.helmoci.tck.client.internal.auth.Scopes;
import dev.helmoci.tck.client.internal.transport.ErrorResponses;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.FetchedManifest;
import dev.helmoci.tck.client.registry.MediaTypes;
import dev.helmoci.tck.client.registry.NotFoundException;
import dev.helmoci.tck.client.registry.RegistryException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code GET /v2/<repo>/manifests/<ref>}: by tag or digest with Helm's Accept list (pull), or by
 * descriptor with {@code Accept: <its media type>} and exact {@code Content-Type} equality (index
 * children, push tagging). Content is verified against the descriptor; at most 4 MiB is read.
 */
public final class ManifestFetch {
  static final long MAX_MANIFEST_BYTES = 4L * 1024 * 1024;

  private final EndpointCaller caller;
  private final ManifestResolve resolve;

  public ManifestFetch(EndpointCaller caller) {
    this.caller = caller;
    this.resolve = new ManifestResolve(caller);
  }

  /** oras-go {@code manifestStore.FetchReference} followed by a verified read. */
  public FetchedManifest fetchReference(String repository, String reference, String... actions)
      throws IOException {
    Request.Builder request =
        new Request.Builder()
            .get()
            .url(caller.repositoryUrl(repository, "manifests", reference))
            .header("Accept", MediaTypes.MANIFEST_ACCEPT);
    Response response = caller.send(request, repository, actionsOrPull(actions));
    try (response) {
      switch (response.code()) {
        case 200 -> {
          BlobDescriptor descriptor;
          byte[] body = null;
          if (ResponseChecks.contentLength(response) == -1) {
            descriptor = resolve.resolve(repository, reference);
          } else if (response.header(ResponseChecks.DOCKER_CONTENT_DIGEST) == null) {
            body = readCapped(response.body().byteStream());
            descriptor = ManifestDescriptors.fromResponse(response, reference, body);
          } else {
            descriptor = ManifestDescriptors.fromResponse(response, reference, null);
          }
          checkSize(descriptor);
          InputStream content =
              body != null ? new ByteArrayInputStream(body) : response.body().byteStream();
          return new FetchedManifest(descriptor, readVerified(content, descriptor));
        }
        case 404 ->
            throw new NotFoundException(
                caller.registryName()
                    + "/"
                    + repository
                    + ManifestResolve.referenceSuffix(reference));
        default -> throw ErrorResponses.from(response);
      }
    }
  }

  /**
   * oras-go {@code manifestStore.Fetch}: by digest, Accept and Content-Type = descriptor's type.
   */
  public byte[] fetchDescriptor(String repository, BlobDescriptor expected, String... actions)
      throws IOException {
    checkSize(expected);
    Request.Builder request =
        new Request.Builder()
            .get()
            .url(caller.repositoryUrl(repository, "manifests", expected.digest().toString()))
            .header("Accept", expected.mediaType());
    Response response = caller.send(request, repository, actionsOrPull(actions));
    try (response) {
      switch (response.code()) {
        case 200 -> {}
        case 404 -> throw new NotFoundException(expected.digest().toString());
        default -> throw ErrorResponses.from(response);
      }
      ResponseChecks.ParsedMediaType type =
          ResponseChecks.parseMediaType(response.header("Content-Type"));
      if (type.error().isPresent()) {
        throw new RegistryException(
            where(response) + ": invalid response Content-Type: " + type.error().get());
      }
      if (!type.mediaType().equals(expected.mediaType())) {
        throw new RegistryException(
            where(response)
                + ": mismatch response Content-Type \""
                + type.mediaType()
                + "\": expect \""
                + expected.mediaType()
                + "\"");
      }
      long length = ResponseChecks.contentLength(response);
      if (length != -1 && length != expected.size()) {
        throw new RegistryException(where(response) + ": mismatch Content-Length");
      }
      ResponseChecks.verifyContentDigest(response, expected.digest().toString());
      return readVerified(response.body().byteStream(), expected);
    }
  }

  private static String[] actionsOrPull(String[] actions) {
    return actions.length == 0 ? new String[] {Scopes.PULL} : actions;
  }

  static void checkSize(BlobDescriptor descriptor) throws RegistryException {
    if (descriptor.size() > MAX_MANIFEST_BYTES) {
      throw new RegistryException(
          "content size "
              + descriptor.size()
              + " exceeds MaxMetadataBytes "
              + MAX_MANIFEST_BYTES
              + ": size exceeds limit");
    }
  }

  private static byte[] readCapped(InputStream in) throws IOException {
    return in.readNBytes((int) MAX_MANIFEST_BYTES);
  }

  private static byte[] readVerified(InputStream in, BlobDescriptor descriptor) throws IOException {
    try (VerifyingInputStream verifying = new VerifyingInputStream(in, descriptor)) {
      return verifying.readAllBytes();
    }
  }
}
