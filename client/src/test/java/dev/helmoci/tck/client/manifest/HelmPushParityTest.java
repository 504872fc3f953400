package dev.helmoci.tck.client.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.internal.manifest.ChartAnnotations;
import dev.helmoci.tck.client.internal.manifest.ConfigJson;
import dev.helmoci.tck.client.internal.manifest.MediaTypes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A chart using every metadata field, pushed by the real Helm v3.22.0 CLI to a distribution
 * registry; the registry's stored config and manifest bytes are the expectation
 * (golden/helm-push-full/README.md).
 */
class HelmPushParityTest {
  private static final String DIR = "helm-push-full/";
  private static final String CHART = "full-2.0.0+meta.7.tgz";

  @Test
  void configAndManifestBytesEqualHelms() throws IOException {
    byte[] chart = GoldenVectorTest.resource(DIR + CHART);
    byte[] prov = GoldenVectorTest.resource(DIR + CHART + ".prov");
    ChartMetadata md = ChartArchive.read(new ByteArrayInputStream(chart)).metadata();

    byte[] config = ConfigJson.encode(md);
    assertThat(new String(config, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(
            new String(
                GoldenVectorTest.resource(DIR + "config.json"),
                java.nio.charset.StandardCharsets.UTF_8));

    ChartManifest manifest =
        ChartManifest.builder()
            .config(Descriptor.of(MediaTypes.CONFIG, config))
            .chartLayer(Descriptor.of(MediaTypes.CHART_LAYER, chart))
            .provenanceLayer(Descriptor.of(MediaTypes.PROV_LAYER, prov))
            // The chart's own created annotation wins over the push time, as in Helm.
            .annotations(ChartAnnotations.generate(md, "1977-09-02T22:04:05Z"))
            .build();
    assertThat(new String(manifest.toJson(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(
            new String(
                GoldenVectorTest.resource(DIR + "manifest.json"),
                java.nio.charset.StandardCharsets.UTF_8));
  }
}
