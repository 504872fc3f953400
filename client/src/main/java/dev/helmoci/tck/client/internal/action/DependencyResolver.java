package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.chart.Dependency;
import dev.helmoci.tck.client.chart.LoaderWarning;
import dev.helmoci.tck.client.internal.semver.SemverException;
import dev.helmoci.tck.client.semver.Constraint;
import dev.helmoci.tck.client.semver.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Helm's {@code resolver.Resolve} for OCI dependencies: an exact version is locked without asking
 * the registry; a range locks the highest tag that satisfies it (or stays a range when none does).
 */
public final class DependencyResolver {
  private final TagSource tags;

  public DependencyResolver(TagSource tags) {
    this.tags = tags;
  }

  /** The SemVer tags of {@code host/repo/name}, {@code +} form, highest first. */
  @FunctionalInterface
  public interface TagSource {
    List<String> tags(String registryRepository) throws IOException;
  }

  public List<Dependency> resolve(List<Dependency> requested) throws IOException {
    return resolve(requested, null);
  }

  /**
   * As Helm's resolver with {@code chartDir} the chart being updated (for {@code file://} paths).
   */
  public List<Dependency> resolve(List<Dependency> requested, Path chartDir) throws IOException {
    return resolve(requested, chartDir, w -> {});
  }

  /**
   * As {@link #resolve(List, Path)}; loading a {@code file://} chart hands Helm's loader warnings
   * to {@code warnings}.
   */
  public List<Dependency> resolve(
      List<Dependency> requested, Path chartDir, Consumer<LoaderWarning> warnings)
      throws IOException {
    List<Dependency> locked = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Dependency d : requested) {
      Constraint constraint;
      try {
        constraint = Constraint.parse(d.version());
      } catch (SemverException e) {
        throw new HelmException(
            "dependency \"" + d.name() + "\" has an invalid version/constraint format", e);
      }
      if (LocalDependency.isLocal(d) && chartDir != null) {
        String version = LocalDependency.load(d, chartDir, warnings).metadata().version();
        if (!isVersion(version)) {
          continue; // "Not a legit entry" in resolver.go: left out of the lock
        }
        if (!constraint.check(Version.parse(version))) {
          missing.add(
              "\""
                  + d.name()
                  + "\" (repository \""
                  + d.repository()
                  + "\", version \""
                  + d.version()
                  + "\")");
          continue;
        }
        locked.add(lock(d, version));
        continue;
      }
      if (isVersion(d.version())) {
        locked.add(lock(d, d.version()));
        continue;
      }
      String repo = d.repository().substring("oci://".length()) + "/" + d.name();
      List<String> available;
      try {
        available = tags.tags(repo);
      } catch (IOException | RuntimeException e) {
        throw new HelmException(
            "could not retrieve list of tags for repository "
                + d.repository()
                + ": "
                + e.getMessage(),
            e);
      }
      // With no matching tag Helm keeps the constraint; the download then fails with the tag
      // resolver's message.
      String found =
          available.stream()
              .filter(t -> constraint.check(Version.parse(t)))
              .findFirst()
              .orElse(d.version());
      locked.add(lock(d, found));
    }
    if (!missing.isEmpty()) {
      throw new HelmException(
          "can't get a valid version for "
              + missing.size()
              + " subchart(s): "
              + String.join(", ", missing)
              + ". Make sure a matching chart version exists in the repo, or change the"
              + " version constraint in Chart.yaml");
    }
    return locked;
  }

  private static Dependency lock(Dependency d, String version) {
    return new Dependency(d.name(), version, d.repository(), "", List.of(), false, List.of(), "");
  }

  private static boolean isVersion(String v) {
    try {
      Version.parse(v);
      return true;
    } catch (SemverException e) {
      return false;
    }
  }
}
