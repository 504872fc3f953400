package dev.helmoci.tck.client.internal.manifest;

import java.util.List;

/** Media types Helm reads and writes (Helm {@code pkg/registry/constants.go} and oras-go). */
public final class MediaTypes {
  /** Helm chart config blob. */
  public static final String CONFIG = "application/vnd.cncf.helm.config.v1+json";

  /** Helm chart archive layer. */
  public static final String CHART_LAYER = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

  /** Helm provenance layer. */
  public static final String PROV_LAYER = "application/vnd.cncf.helm.chart.provenance.v1.prov";

  /** Pre-3.8 chart layer; Helm still pulls it, with a deprecation warning. */
  public static final String LEGACY_CHART_LAYER = "application/tar+gzip";

  /** Helm 4 plugin artifact type. */
  public static final String PLUGIN_ARTIFACT_TYPE = "application/vnd.helm.plugin.v1+json";

  public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
  public static final String OCI_ARTIFACT_MANIFEST =
      "application/vnd.oci.artifact.manifest.v1+json";
  public static final String DOCKER_MANIFEST_V2 =
      "application/vnd.docker.distribution.manifest.v2+json";
  public static final String DOCKER_MANIFEST_LIST =
      "application/vnd.docker.distribution.manifest.list.v2+json";

  /** The manifest types oras-go accepts, in the order of its {@code Accept} header. */
  public static final List<String> MANIFEST_ACCEPT =
      List.of(
          DOCKER_MANIFEST_V2, DOCKER_MANIFEST_LIST, OCI_MANIFEST, OCI_INDEX, OCI_ARTIFACT_MANIFEST);

  /** The {@code Accept} header value oras-go sends when fetching a manifest by tag. */
  public static final String MANIFEST_ACCEPT_HEADER = String.join(", ", MANIFEST_ACCEPT);

  private MediaTypes() {}
}
