package dev.helmoci.tck.client.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.internal.manifest.ChartAnnotations;
import dev.helmoci.tck.client.internal.manifest.ConfigJson;
import dev.helmoci.tck.client.internal.manifest.MediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Helm's own push golden vector (pkg/registry/registry_test.go testPush), from the real files. */
class GoldenVectorTest {
  private static final String CREATED = "1977-09-02T22:04:05Z";

  @Test
  void configAndManifestMatchHelmByteForByte() throws IOException {
    byte[] tgz = resource("signtest-0.1.0.tgz");
    byte[] prov = resource("signtest-0.1.0.tgz.prov");

    ChartMetadata metadata = ChartArchive.read(new java.io.ByteArrayInputStream(tgz)).metadata();
    byte[] config = ConfigJson.encode(metadata);
    assertThat(new String(config, StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"name\":\"signtest\",\"version\":\"0.1.0\",\"description\":\"A Helm chart for Kubernetes\","
                + "\"apiVersion\":\"v1\"}");

    ChartManifest manifest =
        ChartManifest.builder()
            .config(Descriptor.of(MediaTypes.CONFIG, config))
            .chartLayer(Descriptor.of(MediaTypes.CHART_LAYER, tgz))
            .provenanceLayer(Descriptor.of(MediaTypes.PROV_LAYER, prov))
            .annotations(ChartAnnotations.generate(metadata, CREATED))
            .build();

    assertThat(manifest.config().digest().toString())
        .isEqualTo("sha256:8d17cb6bf6ccd8c29aace9a658495cbd5e2e87fc267876e86117c7db681c9580");
    assertThat(manifest.config().size()).isEqualTo(99);
    assertThat(manifest.layers())
        .extracting(d -> d.digest().toString())
        .containsExactly(
            "sha256:b0a02b7412f78ae93324d48df8fcc316d8482e5ad7827b5b238657a29a22f256",
            "sha256:e5ef611620fb97704d8751c16bab17fedb68883bfb0edc76f78a70e9173f9b55");
    assertThat(manifest.layers()).extracting(Descriptor::size).containsExactly(695L, 973L);
    assertThat(manifest.toJson()).hasSize(742);
    assertThat(manifest.digest().toString())
        .isEqualTo("sha256:fbbade96da6050f68f94f122881e3b80051a18f13ab5f4081868dd494538f5c2");
    assertThat(manifest.annotations())
        .containsOnlyKeys(
            ChartAnnotations.CREATED,
            ChartAnnotations.DESCRIPTION,
            ChartAnnotations.TITLE,
            ChartAnnotations.VERSION);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = GoldenVectorTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
