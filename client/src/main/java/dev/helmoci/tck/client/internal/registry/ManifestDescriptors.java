package dev.helmoci.tck.client.internal.registry;

import static dev.helmoci.tck.client.internal.registry.ResponseChecks.DOCKER_CONTENT_DIGEST;
import static dev.helmoci.tck.client.internal.registry.ResponseChecks.where;

import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.RegistryException;
import java.util.Optional;
import okhttp3.Response;

/**
 * oras-go's {@code manifestStore.generateDescriptor}: a manifest descriptor from response headers
 * (media type from {@code Content-Type}, size from {@code Content-Length}, digest from {@code
 * Docker-Content-Digest} or, on GET, from the body), checked against a digest reference.
 */
public final class ManifestDescriptors {
  private ManifestDescriptors() {}

  /**
   * @param body the already-read GET body, or null for HEAD (or when not read yet)
   */
  static BlobDescriptor fromResponse(Response response, String reference, byte[] body)
      throws RegistryException {
    ResponseChecks.ParsedMediaType type =
        ResponseChecks.parseMediaType(response.header("Content-Type"));
    if (type.error().isPresent()) {
      throw new RegistryException(
          where(response) + ": invalid response `Content-Type` header; " + type.error().get());
    }
    long size = ResponseChecks.contentLength(response);
    if (size == -1) {
      throw new RegistryException(where(response) + ": unknown response Content-Length");
    }
    String refDigest = Digests.isDigest(reference) ? reference : "";
    String header = Optional.ofNullable(response.header(DOCKER_CONTENT_DIGEST)).orElse("");
    if (!header.isEmpty()) {
      Optional<String> problem = Digests.problem(header);
      if (problem.isPresent()) {
        throw new RegistryException(
            where(response)
                + ": invalid response header value: `"
                + DOCKER_CONTENT_DIGEST
                + ": "
                + header
                + "`; "
                + problem.get());
      }
    }
    String contentDigest;
    if (!header.isEmpty()) {
      contentDigest = header;
    } else if (response.request().method().equals("HEAD")) {
      if (refDigest.isEmpty()) {
        throw new RegistryException(
            "HTTP HEAD request missing required header \"" + DOCKER_CONTENT_DIGEST + "\"");
      }
      contentDigest = refDigest;
    } else {
      contentDigest = Digests.sha256(body);
    }
    if (!refDigest.isEmpty() && !refDigest.equals(contentDigest)) {
      throw ResponseChecks.digestMismatch(response, contentDigest, refDigest);
    }
    // Valid by now: a header was checked above, a digest reference by isDigest, a hash is ours.
    return new BlobDescriptor(type.mediaType(), Digest.parse(contentDigest), size);
  }
}
