package dev.helmoci.tck.client.internal.chart;

import dev.helmoci.tck.client.chart.ArchiveLimits;
import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.chart.HelmLine;
import dev.helmoci.tck.client.chart.LoaderWarning;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Helm's {@code LoadFiles} over the files of one chart: Chart.yaml first, requirements.yaml onto
 * the same struct, {@code Validate}, then every subchart under {@code charts/} (directory or {@code
 * .tgz}) loaded the same way, with Helm's wrapping messages. Helm's loader warnings go to {@code
 * warnings} the moment Helm would log them, so a load that fails later has printed them first, as
 * in helm.
 */
public final class ChartLoader {
  public record File(String name, byte[] data) {}

  private ChartLoader() {}

  public static ChartMetadata load(
      List<File> files, ArchiveLimits limits, Consumer<LoaderWarning> warnings) {
    ChartMetadata metadata = metadata(files, limits.line(), warnings);
    Map<String, List<File>> subcharts = new LinkedHashMap<>();
    for (File f : files) {
      if (!f.name().startsWith("charts/") || f.name().endsWith(".prov")) {
        continue;
      }
      String inCharts = f.name().substring("charts/".length());
      String subchart = inCharts.split("/", 2)[0];
      subcharts.computeIfAbsent(subchart, k -> new ArrayList<>()).add(new File(inCharts, f.data()));
    }
    subcharts.forEach(
        (name, subFiles) -> loadSubchart(metadata.name(), name, subFiles, limits, warnings));
    return metadata;
  }

  private static void loadSubchart(
      String parent,
      String name,
      List<File> files,
      ArchiveLimits limits,
      Consumer<LoaderWarning> warnings) {
    if (name.startsWith("_") || name.startsWith(".")) {
      return;
    }
    try {
      if (name.endsWith(".tgz")) {
        File archive = files.get(0);
        if (!archive.name().equals(name)) {
          throw new ChartLoadException(
              "error unpacking subchart tar in "
                  + parent
                  + ": expected "
                  + name
                  + ", got "
                  + archive.name());
        }
        ChartArchive.read(new ByteArrayInputStream(archive.data()), limits, warnings);
      } else {
        List<File> inside = new ArrayList<>();
        for (File f : files) {
          String[] parts = f.name().split("/", 2);
          if (parts.length == 2) {
            inside.add(new File(parts[1], f.data()));
          }
        }
        load(inside, limits, warnings);
      }
    } catch (ChartLoadException e) {
      if (e.getMessage().startsWith("error unpacking subchart tar in " + parent)) {
        throw e;
      }
      throw new ChartLoadException(
          "error unpacking subchart " + name + " in " + parent + ": " + e.getMessage(), e);
    }
  }

  private static ChartMetadata metadata(
      List<File> files, HelmLine line, Consumer<LoaderWarning> warnings) {
    ChartYaml yaml = null;
    String apiVersion = "";
    for (File f : files) {
      if (f.name().equals("Chart.yaml")) {
        yaml = ChartYaml.parse(f.data());
        // Helm unmarshals Chart.yaml into its struct here, so a type error stops the load before
        // any warning.
        apiVersion = yaml.toMetadata().apiVersion();
      }
    }
    boolean hasChartYaml = yaml != null;
    for (File f : files) {
      if (f.name().equals("requirements.yaml")) {
        yaml = yaml == null ? ChartYaml.parse(new byte[0]) : yaml;
        if (!apiVersion.equals(ChartMetadata.API_VERSION_V1)) {
          warnings.accept(LoaderWarning.REQUIREMENTS_YAML);
        }
        yaml.overlay(f.data(), "requirements.yaml");
        apiVersion = yaml.rawApiVersion().orElse(apiVersion);
      } else if (f.name().equals("requirements.lock")) {
        yaml = yaml == null ? ChartYaml.parse(new byte[0]) : yaml;
        if (!apiVersion.equals(ChartMetadata.API_VERSION_V1)) {
          warnings.accept(LoaderWarning.REQUIREMENTS_LOCK);
        }
      } else if (f.name().equals("values.yaml")) {
        checkValues(f.data(), line);
      }
    }
    if (yaml == null) {
      throw new ChartLoadException("Chart.yaml file is missing");
    }
    ChartMetadata md = yaml.toMetadata();
    if (!hasChartYaml) {
      // Without Chart.yaml Helm never defaults apiVersion, so validation reports it missing.
      md =
          new ChartMetadata(
              md.name(),
              md.home(),
              md.sources(),
              md.version(),
              md.description(),
              md.keywords(),
              md.maintainers(),
              md.icon(),
              "",
              md.condition(),
              md.tags(),
              md.appVersion(),
              md.deprecated(),
              md.annotations(),
              md.kubeVersion(),
              md.dependencies(),
              md.type());
    }
    return md.validated();
  }

  // values.yaml is unmarshalled into map[string]interface{}; Helm 4 wraps the error once more
  // ("cannot unmarshal yaml document", seen from helm 4.3.1).
  private static void checkValues(byte[] data, HelmLine line) {
    String prefix =
        "cannot load values.yaml: "
            + (line == HelmLine.HELM_4 ? "cannot unmarshal yaml document: " : "");
    Object root;
    try {
      root = GoYaml.load(data);
    } catch (RuntimeException e) {
      throw new ChartLoadException(prefix + e.getMessage(), e);
    }
    if (root != null && !(root instanceof java.util.Map)) {
      throw new ChartLoadException(
          prefix
              + "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
              + GoYaml.jsonType(root)
              + " into Go value of type map[string]interface {}");
    }
  }
}
