package dev.helmoci.tck.client.migrate;

import dev.helmoci.tck.client.internal.semver.SemverException;
import dev.helmoci.tck.client.repo.RepoEntry;
import dev.helmoci.tck.client.semver.Constraint;
import dev.helmoci.tck.client.semver.Version;
import java.util.Optional;
import java.util.Set;

/**
 * Which versions of a repository to migrate: chart names (empty: all) and a version constraint in
 * Helm's syntax (Masterminds semver, as {@code helm pull --version}: a range leaves prereleases out
 * unless it names one).
 */
public record MigrationFilter(Set<String> charts, Optional<Constraint> versions) {
  public static final MigrationFilter ALL = new MigrationFilter(Set.of(), Optional.empty());

  public MigrationFilter {
    charts = Set.copyOf(charts);
  }

  /**
   * @throws IllegalArgumentException naming the constraint when it does not parse
   */
  public static MigrationFilter of(Set<String> charts, String constraint) {
    if (constraint == null || constraint.isBlank()) {
      return new MigrationFilter(charts, Optional.empty());
    }
    try {
      return new MigrationFilter(charts, Optional.of(Constraint.parse(constraint)));
    } catch (SemverException e) {
      throw new IllegalArgumentException(
          "invalid --version constraint \"" + constraint + "\": " + e.getMessage(), e);
    }
  }

  public boolean accepts(RepoEntry entry) {
    if (!charts.isEmpty() && !charts.contains(entry.name())) {
      return false;
    }
    if (versions.isEmpty()) {
      return true;
    }
    try {
      return versions.get().check(Version.parse(entry.version()));
    } catch (SemverException notSemver) {
      return false;
    }
  }
}
