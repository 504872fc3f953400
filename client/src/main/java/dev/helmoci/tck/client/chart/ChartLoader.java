package dev.helmoci.tck.client.chart;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code LoadFiles} over the files of one chart: Chart.yaml first, requirements.yaml onto
 * the same struct, {@code Validate}, then every subchart under {@code charts/} (directory or
 * {@code .tgz}) loaded the same way, with Helm's wrapping messages.
 */
final class ChartLoader {
  record File(String name, byte[] data) {}

  private ChartLoader() {}

  static ChartMetadata load(List<File> files, ArchiveLimits limits) {
    ChartMetadata metadata = metadata(files);
    Map<String, List<File>> subcharts = new LinkedHashMap<>();
    for (File f : files) {
      if (!f.name().startsWith("charts/") || f.name().endsWith(".prov")) {
        continue;
      }
      String inCharts = f.name().substring("charts/".length());
      String subchart = inCharts.split("/", 2)[0];
      subcharts.computeIfAbsent(subchart, k -> new ArrayList<>()).add(new File(inCharts, f.data()));
    }
    subcharts.forEach((name, subFiles) -> loadSubchart(metadata.name(), name, subFiles, limits));
    return metadata;
  }

  private static void loadSubchart(String parent, String name, List<File> files, ArchiveLimits limits) {
    if (name.startsWith("_") || name.startsWith(".")) {
      return;
    }
    try {
      if (name.endsWith(".tgz")) {
        File archive = files.get(0);
        if (!archive.name().equals(name)) {
          throw new ChartLoadException("error unpacking subchart tar in " + parent + ": expected "
              + name + ", got " + archive.name());
        }
        ChartArchive.read(new ByteArrayInputStream(archive.data()), limits);
      } else {
        List<File> inside = new ArrayList<>();
        for (File f : files) {
          String[] parts = f.name().split("/", 2);
          if (parts.length == 2) {
            inside.add(new File(parts[1], f.data()));
          }
        }
        load(inside, limits);
      }
    } catch (ChartLoadException e) {
      if (e.getMessage().startsWith("error unpacking subchart tar in " + parent)) {
        throw e;
      }
      throw new ChartLoadException(
          "error unpacking subchart " + name + " in " + parent + ": " + e.getMessage(), e);
    }
  }

  private static ChartMetadata metadata(List<File> files) {
    ChartYaml yaml = null;
    for (File f : files) {
      if (f.name().equals("Chart.yaml")) {
        yaml = ChartYaml.parse(f.data());
      }
    }
    boolean hasChartYaml = yaml != null;
    for (File f : files) {
      if (f.name().equals("requirements.yaml")) {
        yaml = yaml == null ? ChartYaml.parse(new byte[0]) : yaml;
        yaml.overlay(f.data(), "requirements.yaml");
      } else if (f.name().equals("values.yaml")) {
        checkYaml(f.data(), "values.yaml");
      }
    }
    if (yaml == null) {
      throw new ChartLoadException("Chart.yaml file is missing");
    }
    ChartMetadata md = yaml.toMetadata();
    if (!hasChartYaml) {
      // Without Chart.yaml Helm never defaults apiVersion, so validation reports it missing.
      md = new ChartMetadata(md.name(), md.home(), md.sources(), md.version(), md.description(),
          md.keywords(), md.maintainers(), md.icon(), "", md.condition(), md.tags(),
          md.appVersion(), md.deprecated(), md.annotations(), md.kubeVersion(), md.dependencies(),
          md.type());
    }
    return md.validated();
  }

  private static void checkYaml(byte[] data, String name) {
    try {
      GoYaml.load(data);
    } catch (RuntimeException e) {
      throw new ChartLoadException("cannot load " + name + ": " + e.getMessage(), e);
    }
  }
}
