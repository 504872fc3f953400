package dev.helmoci.tck.engine.cleanup;

import dev.helmoci.tck.client.registry.RegistryClient;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one repository for cleanup: its tags (none when the registry answers 404, as distribution
 * does for a repository that holds only blobs) and what each manifest links to. A failed read is
 * noted and cleanup goes on.
 */
final class RepositoryContents {
  private final RegistryClient registry;
  private final String repository;
  private final CleanupReport report;

  RepositoryContents(RegistryClient registry, String repository, CleanupReport report) {
    this.registry = registry;
    this.repository = repository;
    this.report = report;
  }

  List<String> tags() {
    try {
      return registry.listTags(repository);
    } catch (IOException | RuntimeException e) {
      if (Refusals.isUnreachable(e)) {
        throw new RegistryUnreachable(e);
      }
      if (!Refusals.isGone(e)) {
        report.note("cannot list the tags of " + repository + ": " + Refusals.describe(e));
      }
      return List.of();
    }
  }

  Set<String> taggedDigests() {
    Set<String> digests = new LinkedHashSet<>();
    for (String tag : tags()) {
      try {
        digests.add(registry.resolveManifest(repository, tag).digest().toString());
      } catch (IOException | RuntimeException e) {
        if (!Refusals.isGone(e)) {
          report.note("cannot resolve " + repository + ":" + tag + ": " + Refusals.describe(e));
        }
      }
    }
    return digests;
  }

  /**
   * The manifest's links; empty when it is gone; no links when it cannot be read (it is still
   * deleted).
   */
  Optional<ManifestLinks> links(String digest) {
    try {
      return Optional.of(ManifestLinks.of(registry.fetchManifest(repository, digest).content()));
    } catch (IOException | RuntimeException e) {
      if (Refusals.isGone(e)) {
        return Optional.empty();
      }
      return Optional.of(ManifestLinks.none());
    }
  }
}
