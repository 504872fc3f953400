package dev.helmoci.tck.client.chart;

import java.util.List;

/**
 * A {@code dependencies} entry (Go {@code chart.Dependency}); empty strings and lists stand for
 * absent fields. {@code importValues} holds the YAML values as loaded (strings or maps).
 */
public record Dependency(
    String name,
    String version,
    String repository,
    String condition,
    List<String> tags,
    boolean enabled,
    List<Object> importValues,
    String alias) {
  public Dependency {
    name = name == null ? "" : name;
    version = version == null ? "" : version;
    repository = repository == null ? "" : repository;
    condition = condition == null ? "" : condition;
    tags = tags == null ? List.of() : List.copyOf(tags);
    // A null entry (import-values: [~]) is legal in Go and marshals as null; List.copyOf would
    // throw.
    importValues =
        importValues == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(importValues));
    alias = alias == null ? "" : alias;
  }
}
