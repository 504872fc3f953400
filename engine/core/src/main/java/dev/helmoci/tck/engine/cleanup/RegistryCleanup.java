package dev.helmoci.tck.engine.cleanup;

import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.engine.target.RunLedger;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes, a few repositories at a time, what the ledger entries name: every manifest (the ledger's
 * digests and whatever the repository's tags point at), index before the manifests it lists,
 * because registries such as zot refuse to delete a manifest an index still references; then tags a
 * registry kept; then every blob the ledger or the deleted manifests name. Never stops at a
 * refusal: each one is a {@code kept} line with the registry's reason. Running it again is harmless
 * (what is gone is reported as gone). Tags and blobs of one repository go a few at a time too; the
 * report's lines follow the order the registry answered in.
 */
public final class RegistryCleanup {
  private static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(2);

  /** Requests in flight: at most 4 repositories at once, each with at most 4 deletions. */
  private static final int REPOSITORIES_AT_ONCE = 4;

  private static final int DELETES_AT_ONCE = 4;
  private final RegistryClient registry;
  private final boolean dryRun;
  private final CleanupReport report;

  /** Set at the first request the registry did not answer: the rest is reported, not waited for. */
  private volatile String unreachable;

  public RegistryCleanup(RegistryClient registry, boolean dryRun, CleanupReport report) {
    this.registry = registry;
    this.dryRun = dryRun;
    this.report = report;
  }

  public CleanupReport clean(Collection<RunLedger.Entry> entries) {
    Map<String, Written> byRepository = new LinkedHashMap<>();
    for (RunLedger.Entry entry : entries) {
      Written written = byRepository.computeIfAbsent(entry.repository(), r -> new Written());
      switch (entry.kind()) {
        case MANIFEST -> written.manifests.add(entry.digest());
        case BLOB -> written.blobs.add(entry.digest());
        case REPOSITORY -> {}
        default -> throw new IllegalStateException(entry.kind().name());
      }
    }
    // Repositories are independent; within one, the order (indexes, manifests, tags, blobs) holds.
    Fanout.forEach(
        byRepository.entrySet(),
        REPOSITORIES_AT_ONCE,
        e -> {
          try {
            cleanRepository(e.getKey(), e.getValue());
          } catch (RegistryUnreachable u) {
            unreachable = u.getMessage();
            report.kept(
                "repository " + e.getKey(),
                "not tried: the registry did not answer (" + unreachable + ")");
          }
        });
    return report;
  }

  private void cleanRepository(String repository, Written written) {
    if (unreachable != null) {
      report.kept(
          "repository " + repository,
          "not tried: the registry did not answer (" + unreachable + ")");
      return;
    }
    RepositoryContents contents = new RepositoryContents(registry, repository, report);
    Set<String> digests = new LinkedHashSet<>(written.manifests);
    digests.remove("");
    digests.addAll(contents.taggedDigests());
    Map<String, ManifestLinks> manifests = new LinkedHashMap<>();
    for (String digest : digests) {
      contents.links(digest).ifPresent(links -> manifests.put(digest, links));
    }
    Set<String> blobs = new LinkedHashSet<>(written.blobs);
    blobs.remove("");
    manifests.values().forEach(links -> blobs.addAll(links.blobs()));
    if (dryRun) {
      manifests.keySet().forEach(d -> report.planned("manifest " + repository + "@" + d));
      blobs.forEach(d -> report.planned("blob " + repository + "@" + d));
      return;
    }
    deleteManifests(repository, manifests);
    deleteTags(repository, contents);
    Map<String, Exception> refused = Collections.synchronizedMap(new LinkedHashMap<>());
    Fanout.forEach(
        blobs,
        DELETES_AT_ONCE,
        blob ->
            attempt(
                    "blob " + repository + "@" + blob,
                    () -> registry.deleteBlob(repository, Digest.parse(blob)))
                .ifPresent(e -> refused.put(blob, e)));
    if (!refused.isEmpty()) {
      retryRefusedBlobs(repository, refused);
    }
  }

  /**
   * A blob is refused while a manifest still uses it (zot answers 405): one a killed run's last
   * push put there after the tags were read. Read the repository again, delete what it holds now,
   * and try the blobs once more.
   */
  private void retryRefusedBlobs(String repository, Map<String, Exception> refused) {
    try {
      Thread.sleep(SETTLE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    RepositoryContents contents = new RepositoryContents(registry, repository, report);
    Map<String, ManifestLinks> manifests = new LinkedHashMap<>();
    for (String digest : contents.taggedDigests()) {
      contents.links(digest).ifPresent(links -> manifests.put(digest, links));
    }
    deleteManifests(repository, manifests);
    deleteTags(repository, contents);
    refused.forEach(
        (blob, first) ->
            attempt(
                    "blob " + repository + "@" + blob,
                    () -> registry.deleteBlob(repository, Digest.parse(blob)))
                .ifPresent(
                    e -> report.kept("blob " + repository + "@" + blob, Refusals.describe(e))));
  }

  private void deleteTags(String repository, RepositoryContents contents) {
    Fanout.forEach(
        contents.tags(),
        DELETES_AT_ONCE,
        tag ->
            delete(
                "tag " + repository + ":" + tag, () -> registry.deleteManifest(repository, tag)));
  }

  /** Deletes in rounds: first what no pending index lists, then what those deletions freed. */
  private void deleteManifests(String repository, Map<String, ManifestLinks> manifests) {
    Map<String, String> pending = new LinkedHashMap<>();
    manifests.keySet().forEach(d -> pending.put(d, ""));
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      Set<String> referenced = new LinkedHashSet<>();
      pending.keySet().forEach(d -> referenced.addAll(manifests.get(d).children()));
      List<String> round =
          new ArrayList<>(pending.keySet().stream().filter(d -> !referenced.contains(d)).toList());
      if (round.isEmpty()) {
        round.addAll(pending.keySet());
      }
      for (String digest : round) {
        try {
          registry.deleteManifest(repository, digest);
          report.deleted("manifest " + repository + "@" + digest);
          pending.remove(digest);
          progress = true;
        } catch (IOException | RuntimeException e) {
          if (Refusals.isGone(e)) {
            report.gone("manifest " + repository + "@" + digest);
            pending.remove(digest);
            progress = true;
          } else {
            pending.put(digest, Refusals.describe(e));
          }
        }
      }
    }
    pending.forEach((digest, why) -> report.kept("manifest " + repository + "@" + digest, why));
  }

  private void delete(String what, Deletion deletion) {
    attempt(what, deletion).ifPresent(e -> report.kept(what, Refusals.describe(e)));
  }

  /** Deletes, reporting a deletion or a 404; returns the refusal, not yet reported. */
  private Optional<Exception> attempt(String what, Deletion deletion) {
    try {
      deletion.run();
      report.deleted(what);
    } catch (IOException | RuntimeException e) {
      if (Refusals.isUnreachable(e)) {
        unreachable = String.valueOf(e.getMessage());
      }
      if (!Refusals.isGone(e)) {
        return Optional.of(e);
      }
      report.gone(what);
    }
    return Optional.empty();
  }

  @FunctionalInterface
  private interface Deletion {
    void run() throws IOException;
  }

  private static final class Written {
    final Set<String> manifests = new LinkedHashSet<>();
    final Set<String> blobs = new LinkedHashSet<>();
  }
}
