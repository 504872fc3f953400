package dev.helmoci.tck.client.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.manifest.ConfigJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@code helm show chart|values|readme|all} on a chart archive: what Helm prints once the chart-fetch
 * path ({@code LocateChart}) has the archive.
 */
public final class ChartShow {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What to show. */
  public enum What { CHART, VALUES, README, ALL }

  private ChartShow() {
  }

  public static String render(byte[] archive, What what) throws IOException {
    ChartArchive chart = ChartArchive.read(new ByteArrayInputStream(archive));
    switch (what) {
      case CHART:
        return chartYaml(chart);
      case VALUES:
        return chart.valuesYaml().map(ChartShow::line).orElse("");
      case README:
        return readme(chart).map(ChartShow::line).orElse("");
      default:
        StringBuilder all = new StringBuilder(chartYaml(chart));
        chart.valuesYaml().ifPresent(v -> all.append("---\n").append(line(v)));
        readme(chart).ifPresent(r -> all.append("---\n").append(line(r)));
        return all.toString();
    }
  }

  /** Helm marshals the loaded metadata with sigs.k8s.io/yaml: JSON field names, keys sorted. */
  private static String chartYaml(ChartArchive chart) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = JSON.readValue(ConfigJson.encode(chart.metadata()), Map.class);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    return new Yaml(new GoYamlQuoting(options), options).dump(sorted(fields)) + "\n";
  }

  /**
   * go-yaml double-quotes a string that would read back as another type ({@code "1.0"}, {@code "true"});
   * snakeyaml would single-quote it.
   */
  private static final class GoYamlQuoting extends Representer {
    private final Resolver resolver = new Resolver();

    GoYamlQuoting(DumperOptions options) {
      super(options);
      this.representers.put(String.class, data -> {
        String text = data.toString();
        boolean ambiguous = text.isEmpty() || !Tag.STR.equals(resolver.resolve(NodeId.scalar, text, true));
        return representScalar(Tag.STR, text,
            ambiguous ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.PLAIN);
      });
    }
  }

  @SuppressWarnings("unchecked")
  private static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
      return out;
    }
    if (value instanceof java.util.List<?> list) {
      return list.stream().map(ChartShow::sorted).toList();
    }
    return value;
  }

  private static Optional<byte[]> readme(ChartArchive chart) {
    return chart.readmeName().flatMap(chart::file);
  }

  /** Helm prints file contents with {@code fmt.Fprintln}: the bytes and one newline. */
  private static String line(byte[] content) {
    return new String(content, StandardCharsets.UTF_8) + "\n";
  }
}
