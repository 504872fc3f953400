package dev.helmoci.tck.client.internal.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.chart.Maintainer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartAnnotationsTest {
  @Test
  void helmAnnotationRules() {
    ChartMetadata md =
        new ChartMetadata(
            "c",
            "  ",
            List.of("https://src/1", "https://src/2"),
            "1.0.0+b",
            "desc",
            List.of(),
            List.of(
                new Maintainer("A", "a@x", ""),
                new Maintainer("", "", ""),
                new Maintainer("", "b@x", "")),
            "",
            "v2",
            "",
            "",
            "",
            false,
            Map.of(
                ChartAnnotations.TITLE,
                "ignored",
                ChartAnnotations.VERSION,
                "ignored",
                ChartAnnotations.CREATED,
                "chart-wins",
                "custom",
                ""),
            "",
            List.of(),
            "");
    Map<String, String> a = ChartAnnotations.generate(md, "2020-01-01T00:00:00+02:00");
    assertThat(a)
        .containsExactly(
            Map.entry("custom", ""),
            Map.entry(ChartAnnotations.AUTHORS, "A (a@x), ,  (b@x)"),
            Map.entry(ChartAnnotations.CREATED, "chart-wins"),
            Map.entry(ChartAnnotations.DESCRIPTION, "desc"),
            Map.entry(ChartAnnotations.SOURCE, "https://src/1"),
            Map.entry(ChartAnnotations.TITLE, "c"),
            Map.entry(ChartAnnotations.VERSION, "1.0.0+b"));
  }

  @Test
  void emptyCreatedMeansNowInUtc() {
    ChartMetadata md =
        new ChartMetadata(
            "c", "", List.of(), "1.0.0", "", List.of(), List.of(), "", "v2", "", "", "", false,
            Map.of(), "", List.of(), "");
    assertThat(ChartAnnotations.generate(md, "").get(ChartAnnotations.CREATED))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }
}
