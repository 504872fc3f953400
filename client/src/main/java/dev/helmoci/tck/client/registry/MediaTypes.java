package dev.helmoci.tck.client.registry;

import java.util.List;

/** Manifest media types and the {@code Accept} header Helm (oras-go) sends for manifests. */
public final class MediaTypes {
  public static final String DOCKER_MANIFEST =
      "application/vnd.docker.distribution.manifest.v2+json";
  public static final String DOCKER_MANIFEST_LIST =
      "application/vnd.docker.distribution.manifest.list.v2+json";
  public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
  public static final String OCI_ARTIFACT_MANIFEST =
      "application/vnd.oci.artifact.manifest.v1+json";
  public static final String OCTET_STREAM = "application/octet-stream";

  /** oras-go's default manifest media types, in its order. */
  public static final List<String> MANIFEST_TYPES =
      List.of(
          DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_MANIFEST, OCI_INDEX, OCI_ARTIFACT_MANIFEST);

  /** The exact {@code Accept} value of manifest HEAD/GET by tag or digest. */
  public static final String MANIFEST_ACCEPT = String.join(", ", MANIFEST_TYPES);

  private MediaTypes() {}
}
