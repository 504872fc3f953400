package dev.helmoci.tck.client.internal.action;

/**
 * What Helm prints to the registry output when a pushed or pulled chart's tag had its {@code +}
 * turned into {@code _} (Helm's {@code pkg/registry/client.go}, {@code Push} and {@code Pull}).
 */
final class UnderscoreNotice {
  private UnderscoreNotice() {}

  static String of(String ref) {
    return ref
        + " contains an underscore.\n\n"
        + "OCI artifact references (e.g. tags) do not support the plus sign (+). To support\n"
        + "storing semantic versions, Helm adopts the convention of changing plus (+) to\n"
        + "an underscore (_) in chart version tags when pushing to a registry and back to\n"
        + "a plus (+) when pulling from a registry.";
  }
}
