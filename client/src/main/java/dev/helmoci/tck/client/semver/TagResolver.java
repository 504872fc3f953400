package dev.helmoci.tck.client.semver;

import dev.helmoci.tck.client.internal.semver.SemverException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Helm's choice of a chart version from a registry's tag list: {@code Client.Tags} post-processing
 * and {@code GetTagMatchingVersionOrConstraint}, with Helm 3 or Helm 4 message wording.
 */
public final class TagResolver {
  /** Which Helm line's error capitalisation to reproduce. */
  public enum Wording {
    /** Helm 3: {@code Could not locate…}, {@code Unable to locate…}. */
    HELM_3,
    /** Helm 4: {@code could not locate…}, {@code unable to locate…}. */
    HELM_4
  }

  private final Wording wording;

  public TagResolver(Wording wording) {
    this.wording = wording;
  }

  /**
   * {@code Client.Tags}: maps {@code _} back to {@code +}, keeps tags {@link Version#parseStrict}
   * accepts, sorts highest first (ties on build metadata keep registry order; Go's sort leaves them
   * unspecified) and returns each version's {@code String()} form.
   */
  public static List<String> semverTags(List<String> registryTags) {
    List<Version> versions = new ArrayList<>();
    for (String tag : registryTags) {
      try {
        versions.add(Version.parseStrict(tag.replace('_', '+')));
      } catch (SemverException notSemver) {
        // Helm silently skips tags such as "latest" or "v1.2.3".
      }
    }
    versions.sort(Comparator.reverseOrder());
    return versions.stream().map(Version::toString).toList();
  }

  /**
   * {@code GetTagMatchingVersionOrConstraint}: an exact tag match wins; an empty version means
   * {@code *}; otherwise the first (highest) tag satisfying the constraint.
   *
   * @param tags tags as returned by {@link #semverTags}, highest first
   * @throws SemverException when {@code version} is not a valid constraint, or no tag matches
   */
  public String match(List<String> tags, String version) {
    Constraint constraint;
    if (version.isEmpty()) {
      constraint = Constraint.parse("*");
    } else {
      if (tags.contains(version)) {
        return version;
      }
      constraint = Constraint.parse(version);
    }
    for (String tag : tags) {
      Optional<Version> candidate = lenient(tag);
      if (candidate.isPresent() && constraint.check(candidate.get())) {
        return tag;
      }
    }
    throw new SemverException(
        capitalise("could not locate a version matching provided version string ") + version);
  }

  /** The error Helm raises when a repository has no semver tags at all. */
  public String noTagsMessage(String ref) {
    return capitalise("unable to locate any tags in provided repository: ") + ref;
  }

  private static Optional<Version> lenient(String tag) {
    try {
      return Optional.of(Version.parse(tag));
    } catch (SemverException e) {
      return Optional.empty();
    }
  }

  private String capitalise(String lowerCaseMessage) {
    return wording == Wording.HELM_3
        ? Character.toUpperCase(lowerCaseMessage.charAt(0)) + lowerCaseMessage.substring(1)
        : lowerCaseMessage;
  }
}
