package dev.helmoci.tck.client.internal.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.manifest.Descriptor;
import dev.helmoci.tck.client.reference.Digest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A manifest or index fetched from a registry, read tolerantly: unknown fields are ignored, absent
 * lists are empty. Digests are checked against the raw bytes by the caller, never re-serialized.
 *
 * @param mediaType the {@code Content-Type} (parameters dropped), else the body's {@code mediaType}
 * @param config the config descriptor, absent for an index
 * @param layers image manifest layers, in served order
 * @param manifests index children, in served order
 */
public record PulledManifest(
    String mediaType,
    String artifactType,
    Optional<Descriptor> config,
    List<Descriptor> layers,
    List<Descriptor> manifests,
    Map<String, String> annotations) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses a manifest body; {@code contentType} may be null or empty. */
  public static PulledManifest parse(byte[] body, String contentType) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new ManifestFormatException("invalid manifest JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ManifestFormatException("manifest is not a JSON object");
    }
    String type = contentType == null ? "" : contentType.split(";", 2)[0].trim();
    if (type.isEmpty()) {
      type = root.path("mediaType").asText("");
    }
    JsonNode config = root.get("config");
    Optional<Descriptor> configDescriptor =
        config != null && config.isObject() ? Optional.of(descriptor(config)) : Optional.empty();
    Map<String, String> annotations = new TreeMap<>();
    root.path("annotations")
        .fields()
        .forEachRemaining(e -> annotations.put(e.getKey(), e.getValue().asText()));
    return new PulledManifest(
        type,
        root.path("artifactType").asText(""),
        configDescriptor,
        descriptors(root.get("layers")),
        descriptors(root.get("manifests")),
        Collections.unmodifiableMap(annotations));
  }

  /** True for an OCI image index or Docker manifest list. */
  public boolean isIndex() {
    return MediaTypes.OCI_INDEX.equals(mediaType)
        || MediaTypes.DOCKER_MANIFEST_LIST.equals(mediaType);
  }

  /** Layers of one media type, in served order. */
  public List<Descriptor> layersOfType(String layerMediaType) {
    return layers.stream().filter(l -> l.mediaType().equals(layerMediaType)).toList();
  }

  private static List<Descriptor> descriptors(JsonNode array) {
    List<Descriptor> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(n -> out.add(descriptor(n)));
    }
    return List.copyOf(out);
  }

  private static Descriptor descriptor(JsonNode n) {
    String digest = n.path("digest").asText("");
    try {
      return new Descriptor(
          n.path("mediaType").asText(""), Digest.parse(digest), n.path("size").asLong(0));
    } catch (IllegalArgumentException e) {
      throw new ManifestFormatException(
          "invalid descriptor digest \"" + digest + "\": " + e.getMessage(), e);
    }
  }
}
