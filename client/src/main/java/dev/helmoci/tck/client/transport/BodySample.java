package dev.helmoci.tck.client.transport;

import java.util.Locale;
import okhttp3.MediaType;

/**
 * The start of a request or response body, for evidence: its media type, size, the SHA-256 of the
 * whole body where all of it was seen, and up to {@link #PREVIEW} characters of text. Only
 * manifests, indexes and Helm chart configs are sampled ({@link #sampled}): they carry no secrets,
 * while a token response or an OAuth2 form would.
 *
 * @param size the whole body's size, or -1 when unknown
 * @param sha256 {@code sha256:<hex>} of the whole body, or empty when only part of it was seen
 */
public record BodySample(String mediaType, long size, String sha256, String preview) {
  public static final int PREVIEW = 4096;

  /**
   * Whether bodies of this media type are sampled (OCI and Docker manifests and indexes, Helm's
   * chart config).
   */
  public static boolean sampled(MediaType type) {
    if (type == null) {
      return false;
    }
    String t = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    return t.startsWith("application/vnd.oci.image.manifest")
        || t.startsWith("application/vnd.oci.image.index")
        || t.startsWith("application/vnd.docker.distribution.manifest")
        || t.equals("application/vnd.cncf.helm.config.v1+json");
  }

  @Override
  public String toString() {
    return mediaType
        + ", "
        + (size < 0 ? "size unknown" : size + " bytes")
        + (sha256.isEmpty() ? "" : ", " + sha256)
        + (preview.length() < size ? " (first " + preview.length() + " characters)" : "")
        + ":\n"
        + preview;
  }
}
