package dev.helmoci.tck.engine.suite;

import java.util.Optional;

/**
 * Where a case's {@link Reference} can be read on the web: Helm's docs in helm/helm-www ({@code
 * docs/…}), Helm's source in helm/helm, the distribution spec in opencontainers/distribution-spec.
 * A note after the path (an anchor naming a Go function, or words in parentheses) is dropped; a
 * reference to another document has no link.
 */
public final class ReferenceLinks {

  private ReferenceLinks() {}

  public static Optional<String> url(Reference reference) {
    String path = reference.ref().strip();
    int space = path.indexOf(' ');
    path = space < 0 ? path : path.substring(0, space);
    String base =
        switch (reference.kind()) {
          case "helm-docs" -> "https://github.com/helm/helm-www/blob/main/docs/";
          case "helm-source" -> "https://github.com/helm/helm/blob/main/";
          case "oci-spec" ->
              path.startsWith("spec.md")
                  ? "https://github.com/opencontainers/distribution-spec/blob/main/"
                  : null;
          default -> null;
        };
    if (base == null || path.isEmpty() || path.startsWith("http")) {
      return path.startsWith("https://") ? Optional.of(path) : Optional.empty();
    }
    // Go function anchors do not exist on GitHub; the docs' heading anchors and spec.md's do.
    if (reference.kind().equals("helm-source") && path.contains("#")) {
      path = path.substring(0, path.indexOf('#'));
    }
    if (reference.kind().equals("helm-source") && !path.contains("/")) {
      return Optional.empty(); // another project's source, e.g. "oras-go registry/reference.go"
    }
    return Optional.of(base + path);
  }

  /** {@code kind: ref}, then the link where there is one: what reports print. */
  public static String describe(Reference reference) {
    return reference.kind() + ": " + reference.ref() + url(reference).map(u -> " " + u).orElse("");
  }
}
