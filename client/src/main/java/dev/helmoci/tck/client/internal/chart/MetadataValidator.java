package dev.helmoci.tck.client.internal.chart;

import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.chart.Dependency;
import dev.helmoci.tck.client.chart.Maintainer;
import dev.helmoci.tck.client.internal.golang.Strconv;
import dev.helmoci.tck.client.internal.semver.SemverException;
import dev.helmoci.tck.client.semver.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Helm's {@code Metadata.Validate}, {@code Maintainer.Validate}, {@code Dependency.Validate}. */
public final class MetadataValidator {
  private static final Pattern ALIAS = Pattern.compile("^[a-zA-Z0-9_-]+$");

  private MetadataValidator() {}

  public static ChartMetadata validate(ChartMetadata md) {
    String name = GoText.sanitize(md.name());
    ChartMetadata clean =
        new ChartMetadata(
            name,
            GoText.sanitize(md.home()),
            md.sources().stream().map(GoText::sanitize).toList(),
            md.version(),
            GoText.sanitize(md.description()),
            md.keywords().stream().map(GoText::sanitize).toList(),
            md.maintainers(),
            GoText.sanitize(md.icon()),
            md.apiVersion(),
            GoText.sanitize(md.condition()),
            GoText.sanitize(md.tags()),
            GoText.sanitize(md.appVersion()),
            md.deprecated(),
            md.annotations(),
            GoText.sanitize(md.kubeVersion()),
            md.dependencies(),
            md.type());
    if (clean.apiVersion().isEmpty()) {
      throw invalid("chart.metadata.apiVersion is required");
    }
    if (name.isEmpty()) {
      throw invalid("chart.metadata.name is required");
    }
    if (name.equals(".") || name.equals("..")) {
      throw invalid("chart.metadata.name " + Strconv.quote(name) + " is not allowed");
    }
    if (name.contains("/")) { // name != filepath.Base(name)
      throw invalid("chart.metadata.name " + Strconv.quote(name) + " is invalid");
    }
    if (clean.version().isEmpty()) {
      throw invalid("chart.metadata.version is required");
    }
    try {
      Version.parse(clean.version());
    } catch (SemverException e) {
      throw invalid("chart.metadata.version " + Strconv.quote(clean.version()) + " is invalid");
    }
    if (!Set.of("", "application", "library").contains(clean.type())) {
      throw invalid("chart.metadata.type must be application or library");
    }
    List<Maintainer> maintainers = new ArrayList<>();
    for (Maintainer m : clean.maintainers()) {
      if (m == null) {
        throw invalid("maintainers must not contain empty or null nodes");
      }
      maintainers.add(
          new Maintainer(
              GoText.sanitize(m.name()), GoText.sanitize(m.email()), GoText.sanitize(m.url())));
    }
    List<Dependency> dependencies = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Dependency d : clean.dependencies()) {
      Dependency dep = validate(d);
      String key = dep.alias().isEmpty() ? dep.name() : dep.alias();
      if (!seen.add(key)) {
        throw invalid("more than one dependency with name or alias " + Strconv.quote(key));
      }
      dependencies.add(dep);
    }
    return new ChartMetadata(
        clean.name(),
        clean.home(),
        clean.sources(),
        clean.version(),
        clean.description(),
        clean.keywords(),
        maintainers,
        clean.icon(),
        clean.apiVersion(),
        clean.condition(),
        clean.tags(),
        clean.appVersion(),
        clean.deprecated(),
        clean.annotations(),
        clean.kubeVersion(),
        dependencies,
        clean.type());
  }

  private static Dependency validate(Dependency d) {
    if (d == null) {
      throw invalid("dependencies must not contain empty or null nodes");
    }
    Dependency dep =
        new Dependency(
            GoText.sanitize(d.name()),
            GoText.sanitize(d.version()),
            GoText.sanitize(d.repository()),
            GoText.sanitize(d.condition()),
            d.tags().stream().map(GoText::sanitize).toList(),
            d.enabled(),
            d.importValues(),
            d.alias());
    if (!dep.alias().isEmpty() && !ALIAS.matcher(dep.alias()).matches()) {
      throw invalid(
          "dependency " + Strconv.quote(dep.name()) + " has disallowed characters in the alias");
    }
    return dep;
  }

  private static ChartLoadException invalid(String message) {
    return new ChartLoadException("validation: " + message);
  }
}
