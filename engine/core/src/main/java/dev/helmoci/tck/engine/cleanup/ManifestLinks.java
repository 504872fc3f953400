package dev.helmoci.tck.engine.cleanup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a manifest points at: the manifests an index lists ({@code manifests[]}) and the blobs an
 * image manifest uses ({@code config}, {@code layers[]}), as the OCI image spec lays them out.
 */
record ManifestLinks(Set<String> children, Set<String> blobs) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static ManifestLinks of(byte[] manifest) throws IOException {
    JsonNode root = JSON.readTree(manifest);
    Set<String> children = new LinkedHashSet<>();
    root.path("manifests").forEach(m -> add(children, m));
    Set<String> blobs = new LinkedHashSet<>();
    add(blobs, root.path("config"));
    root.path("layers").forEach(l -> add(blobs, l));
    return new ManifestLinks(children, blobs);
  }

  static ManifestLinks none() {
    return new ManifestLinks(Set.of(), Set.of());
  }

  private static void add(Set<String> into, JsonNode descriptor) {
    String digest = descriptor.path("digest").asText("");
    if (!digest.isEmpty()) {
      into.add(digest);
    }
  }
}
