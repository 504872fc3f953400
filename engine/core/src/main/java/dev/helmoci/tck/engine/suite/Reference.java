package dev.helmoci.tck.engine.suite;

/**
 * Where the expected behaviour is written down; {@code kind} is helm-docs, helm-source or oci-spec.
 */
public record Reference(String kind, String ref) {

  public static final java.util.List<String> KINDS =
      java.util.List.of("helm-docs", "helm-source", "oci-spec");
}
