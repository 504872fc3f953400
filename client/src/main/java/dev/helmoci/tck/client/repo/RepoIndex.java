package dev.helmoci.tck.client.repo;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A parsed {@code index.yaml} (or JSON index): entries by chart name, versions in the order served,
 * and the entries Helm's {@code loadIndex} would skip, with why.
 */
public record RepoIndex(
    String apiVersion, Map<String, List<RepoEntry>> entries, List<String> skipped) {
  public RepoIndex {
    entries = Map.copyOf(entries);
    skipped = List.copyOf(skipped);
  }

  public Stream<RepoEntry> versions() {
    return entries.keySet().stream().sorted().flatMap(name -> entries.get(name).stream());
  }

  public int size() {
    return entries.values().stream().mapToInt(List::size).sum();
  }
}
