package dev.helmoci.tck.client.manifest;

import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.internal.manifest.ConfigJson;
import java.nio.charset.StandardCharsets;

/** Test helper: the config JSON of some metadata, as a string. */
public final class ConfigJsonAccess {
  private ConfigJsonAccess() {}

  public static String encode(ChartMetadata md) {
    return new String(ConfigJson.encode(md), StandardCharsets.UTF_8);
  }
}
