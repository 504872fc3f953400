package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.yaml.YamlMapping;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code type: chart}: builds a deterministic chart archive in the case's work directory, laid out
 * as {@code helm package} does. {@code name} and {@code version} are required; {@code chartYaml}
 * adds or replaces {@code Chart.yaml} fields (YAML text); {@code files} adds or replaces files by
 * path. Observes {@code path} (use it as a push step's {@code chart}), {@code file}, {@code
 * sha256}, {@code size}.
 */
final class ChartStep implements StepType {

  @Override
  public String name() {
    return "chart";
  }

  @Override
  public Set<String> keys() {
    return Set.of("name", "version", "chartYaml", "files", "file");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    Optional<String> name = step.requiredString("name");
    Optional<String> version = step.requiredString("version");
    String chartYaml = step.string("chartYaml").orElse("");
    Map<String, String> files = step.stringMap("files");
    Optional<String> file = step.string("file");
    ConfinedPaths.check(step, "file", "the case's work directory");
    if (name.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Action(name.get(), version.get(), chartYaml, files, file));
  }

  private record Action(
      String name,
      String version,
      String chartYaml,
      Map<String, String> files,
      Optional<String> file)
      implements StepAction {

    @Override
    public Observation run(StepContext context) throws IOException {
      String chartName = context.interpolate(name);
      String chartVersion = context.interpolate(version);
      ChartTarball chart =
          ChartTarball.minimal(chartName, chartVersion)
              .file(
                  "Chart.yaml", chartYaml(chartName, chartVersion, context.interpolate(chartYaml)));
      for (Map.Entry<String, String> extra : files.entrySet()) {
        chart.file(context.interpolate(extra.getKey()), context.interpolate(extra.getValue()));
      }
      String fileName =
          file.map(context::interpolate).orElse(ChartTarball.fileName(chartName, chartVersion));
      Path dir = Files.createDirectories(context.workDirectory().resolve("charts"));
      Path archive =
          chart.writeTo(
              dir, dir.relativize(ConfinedPaths.confine(dir, fileName, "chart file")).toString());
      byte[] bytes = Files.readAllBytes(archive);
      return Observation.of("build chart " + fileName)
          .field("path", archive.toString())
          .field("file", fileName)
          .field("sha256", Observation.sha256(bytes))
          .field("size", Long.toString(bytes.length))
          .build();
    }

    /** The minimal chart's fields, then the step's own: a later key replaces an earlier one. */
    private static String chartYaml(String name, String version, String extra) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("apiVersion", "v2");
      fields.put("name", name);
      fields.put("version", version);
      fields.put("description", "A Helm chart for the Helm OCI TCK");
      fields.put("type", "application");
      if (!extra.isBlank()) {
        Object parsed = new Yaml().load(extra);
        if (!(parsed instanceof Map<?, ?> map)) {
          throw new IllegalArgumentException("chartYaml must be a YAML mapping, was: " + extra);
        }
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
      }
      DumperOptions options = new DumperOptions();
      options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
      return new Yaml(options).dump(fields);
    }

    @Override
    public String describe() {
      return "chart " + name + " " + version;
    }
  }
}
