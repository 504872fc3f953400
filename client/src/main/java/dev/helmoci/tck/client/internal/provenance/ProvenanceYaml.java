package dev.helmoci.tck.client.internal.provenance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.internal.manifest.ConfigJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML for the message block. Helm goes JSON → YAML ({@code sigs.k8s.io/yaml}), so keys are the
 * JSON names, sorted, with empty fields omitted. Like go-yaml, a string that would read back as a
 * number, boolean or null is double-quoted; other quoting is snakeyaml's (single quotes).
 */
public final class ProvenanceYaml {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProvenanceYaml() {}

  public static String metadata(ChartMetadata md) {
    try {
      Map<String, Object> fields =
          JSON.readValue(ConfigJson.encode(md), new TypeReference<Map<String, Object>>() {});
      return yaml().dump(sorted(fields));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String files(String name, String sum) {
    return yaml().dump(Map.of("files", Map.of(name, sum)));
  }

  private static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ProvenanceYaml::sorted).collect(Collectors.toList());
    }
    return value;
  }

  private static final class GoStyleRepresenter extends Representer {
    private final Resolver resolver = new Resolver();

    GoStyleRepresenter(DumperOptions options) {
      super(options);
      representers.put(
          String.class,
          data -> {
            String value = (String) data;
            boolean ambiguous = !resolver.resolve(NodeId.scalar, value, true).equals(Tag.STR);
            return representScalar(
                Tag.STR,
                value,
                ambiguous ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : defaultScalarStyle);
          });
    }
  }

  private static Yaml yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setWidth(Integer.MAX_VALUE);
    options.setSplitLines(false);
    return new Yaml(new GoStyleRepresenter(options), options);
  }
}
