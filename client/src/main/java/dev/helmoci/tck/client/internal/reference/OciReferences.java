package dev.helmoci.tck.client.internal.reference;

/** Helm's test for "treat this chart location as OCI" ({@code registry.IsOCI}). */
public final class OciReferences {
  /** The scheme prefix Helm looks for; matched case-sensitively. */
  public static final String OCI_PREFIX = "oci://";

  private OciReferences() {}

  /** True when {@code location} starts with exactly {@code oci://} (lower case, as Helm checks). */
  public static boolean isOci(String location) {
    return location != null && location.startsWith(OCI_PREFIX);
  }
}
