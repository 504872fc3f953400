package dev.helmoci.tck.client.internal.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.chart.Dependency;
import dev.helmoci.tck.client.chart.Maintainer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigJsonTest {
  @Test
  void everyFieldInGoOrderWithGoEscaping() {
    ChartMetadata md =
        new ChartMetadata(
            "app",
            "https://x/?a=1&b=<2>",
            List.of("s1", ""),
            "1.0.0+b",
            "d\u2028e\"\\\u0001\t",
            List.of("k"),
            List.of(new Maintainer("N", "", ""), new Maintainer("", "e@x", "u")),
            "i",
            "v2",
            "c",
            "t",
            "2.0",
            true,
            Map.of("z", "1", "a", "<"),
            ">=1.20",
            List.of(
                new Dependency("dep", "", "", "", List.of(), false, List.of(), ""),
                new Dependency(
                    "d2",
                    "^1",
                    "oci://r",
                    "c",
                    List.of("t"),
                    true,
                    List.of("child", Map.of("parent", "p", "child", "c", "n", 1)),
                    "al")),
            "application");
    String json = new String(ConfigJson.encode(md), StandardCharsets.UTF_8);
    assertThat(json)
        .isEqualTo(
            "{\"name\":\"app\",\"home\":\"https://x/?a=1\\u0026b=\\u003c2\\u003e\","
                + "\"sources\":[\"s1\",\"\"],\"version\":\"1.0.0+b\","
                + "\"description\":\"d\\u2028e\\\"\\\\\\u0001\\t\",\"keywords\":[\"k\"],"
                + "\"maintainers\":[{\"name\":\"N\"},{\"email\":\"e@x\",\"url\":\"u\"}],\"icon\":\"i\","
                + "\"apiVersion\":\"v2\",\"condition\":\"c\",\"tags\":\"t\",\"appVersion\":\"2.0\","
                + "\"deprecated\":true,\"annotations\":{\"a\":\"\\u003c\",\"z\":\"1\"},"
                + "\"kubeVersion\":\"\\u003e=1.20\",\"dependencies\":[{\"name\":\"dep\",\"repository\":\"\"},"
                + "{\"name\":\"d2\",\"version\":\"^1\",\"repository\":\"oci://r\",\"condition\":\"c\","
                + "\"tags\":[\"t\"],\"enabled\":true,\"import-values\":[\"child\","
                + "{\"child\":\"c\",\"n\":1,\"parent\":\"p\"}],\"alias\":\"al\"}],\"type\":\"application\"}");
  }

  @Test
  void decodeRoundTripsAndToleratesUnknownFields() {
    byte[] json =
        ("{\"NAME\":\"app\",\"version\":\"1.0.0\",\"apiVersion\":\"v2\",\"unknown\":{\"x\":1},"
                + "\"maintainers\":[{\"name\":\"m\"}],\"dependencies\":[{\"name\":\"d\",\"repository\":\"r\"}],"
                + "\"annotations\":{\"k\":\"v\"}}")
            .getBytes(StandardCharsets.UTF_8);
    ChartMetadata md = ConfigJson.decode(json);
    assertThat(md.name()).isEqualTo("app");
    assertThat(md.maintainers()).containsExactly(new Maintainer("m", "", ""));
    assertThat(md.dependencies().get(0).repository()).isEqualTo("r");
    assertThat(new String(ConfigJson.encode(md), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"name\":\"app\",\"version\":\"1.0.0\",\"maintainers\":[{\"name\":\"m\"}],"
                + "\"apiVersion\":\"v2\",\"annotations\":{\"k\":\"v\"},"
                + "\"dependencies\":[{\"name\":\"d\",\"repository\":\"r\"}]}");
  }

  @Test
  void float64NumbersFormatLikeGo() {
    assertThat(GoJsonWriter.float64(1)).isEqualTo("1");
    assertThat(GoJsonWriter.float64(1.5)).isEqualTo("1.5");
    assertThat(GoJsonWriter.float64(1e21)).isEqualTo("1e+21");
    assertThat(GoJsonWriter.float64(0.0000001)).isEqualTo("1e-7");
    assertThat(GoJsonWriter.float64(123456789)).isEqualTo("123456789");
  }
}
