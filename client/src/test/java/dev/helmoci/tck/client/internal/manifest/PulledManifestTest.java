package dev.helmoci.tck.client.internal.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.manifest.Descriptor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PulledManifestTest {
  private static final String A = "sha256:" + "a".repeat(64);
  private static final String B = "sha256:" + "b".repeat(64);

  @Test
  void readsImageManifestIgnoringUnknownFields() {
    String body =
        "{\"schemaVersion\":2,\"mediaType\":\""
            + MediaTypes.OCI_MANIFEST
            + "\","
            + "\"config\":{\"mediaType\":\""
            + MediaTypes.CONFIG
            + "\",\"digest\":\""
            + A
            + "\",\"size\":7,"
            + "\"x-extra\":true},\"layers\":[{\"mediaType\":\""
            + MediaTypes.PROV_LAYER
            + "\",\"digest\":\""
            + B
            + "\",\"size\":3,\"annotations\":{\"k\":\"v\"}}],\"annotations\":{\"z\":\"1\",\"a\":\"2\"},"
            + "\"somethingNew\":[1,2]}";
    PulledManifest m =
        PulledManifest.parse(
            body.getBytes(StandardCharsets.UTF_8), MediaTypes.OCI_MANIFEST + "; charset=utf-8");
    assertThat(m.mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
    assertThat(m.config()).get().extracting(Descriptor::size).isEqualTo(7L);
    assertThat(m.layersOfType(MediaTypes.PROV_LAYER))
        .extracting(d -> d.digest().toString())
        .containsExactly(B);
    assertThat(m.annotations())
        .containsExactly(java.util.Map.entry("a", "2"), java.util.Map.entry("z", "1"));
    assertThat(m.isIndex()).isFalse();
  }

  @Test
  void readsIndexAndFallsBackToBodyMediaType() {
    String body =
        "{\"schemaVersion\":2,\"mediaType\":\""
            + MediaTypes.OCI_INDEX
            + "\",\"manifests\":"
            + "[{\"mediaType\":\""
            + MediaTypes.OCI_MANIFEST
            + "\",\"digest\":\""
            + A
            + "\",\"size\":9,"
            + "\"platform\":{\"os\":\"linux\"}}]}";
    PulledManifest m = PulledManifest.parse(body.getBytes(StandardCharsets.UTF_8), null);
    assertThat(m.isIndex()).isTrue();
    assertThat(m.config()).isEmpty();
    assertThat(m.manifests()).singleElement().extracting(Descriptor::size).isEqualTo(9L);
  }

  @Test
  void rejectsGarbage() {
    assertThatThrownBy(() -> PulledManifest.parse("[]".getBytes(StandardCharsets.UTF_8), ""))
        .isInstanceOf(ManifestFormatException.class);
    assertThatThrownBy(
            () ->
                PulledManifest.parse(
                    "{\"layers\":[{\"digest\":\"sha256:xyz\"}]}".getBytes(StandardCharsets.UTF_8),
                    ""))
        .hasMessage("invalid descriptor digest \"sha256:xyz\": invalid checksum digest length");
  }
}
