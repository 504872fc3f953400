package dev.helmoci.tck.client.repo;

import java.util.List;
import java.util.Optional;

/**
 * One chart version of a classic repository's index ({@code entries.<name>[i]} of Helm's {@code
 * repo.ChartVersion}): what the migration needs of it.
 *
 * @param digest the index's {@code digest}: hex SHA-256 of the archive, optionally {@code
 *     sha256:}-prefixed (Helm 4's {@code stripDigestAlgorithm}); empty when the index records none
 * @param urls as written in the index, relative or absolute
 * @param created the index's {@code created} timestamp, empty when absent
 */
public record RepoEntry(
    String name, String version, String digest, List<String> urls, String created) {
  public RepoEntry {
    urls = List.copyOf(urls);
  }

  /**
   * The digest as {@code sha256:<hex>}, the form OCI descriptors use; empty when the index has
   * none.
   */
  public Optional<String> sha256() {
    if (digest.isEmpty()) {
      return Optional.empty();
    }
    int colon = digest.indexOf(':');
    return Optional.of(
        "sha256:" + (colon < 0 ? digest : digest.substring(colon + 1)).toLowerCase());
  }

  /** {@code name-version}, as Helm names the archive. */
  public String label() {
    return name + " " + version;
  }
}
