package dev.helmoci.tck.client.action;

import dev.helmoci.tck.client.semver.TagResolver;

/**
 * Which Helm the client behaves like. Helm 3 and 4 share the wire format but differ in message
 * capitalisation, the push scope hint (4.2.4+) and where registry messages are printed.
 */
public record HelmEmulation(int major, int minor, int patch) {

  public static final HelmEmulation HELM_3 = new HelmEmulation(3, 22, 0);
  public static final HelmEmulation HELM_4 = new HelmEmulation(4, 3, 1);

  /** Parses {@code 3.22.0} or {@code v4.3.1}. */
  public static HelmEmulation parse(String version) {
    String[] parts = version.replaceFirst("^v", "").split("[.+-]");
    return new HelmEmulation(
        Integer.parseInt(parts[0]),
        Integer.parseInt(parts[1]),
        parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
  }

  public String version() {
    return major + "." + minor + "." + patch;
  }

  /**
   * Helm 4.2.4+ and 3.22+ ask for {@code pull,push} with the very first token of a push (seen on
   * the wire from helm 3.22.0 by RequestSequenceParityIT; 3.21.4 does not).
   */
  public boolean pushScopeHint() {
    if (major == 3) {
      return minor >= 22;
    }
    return major > 4 || (major == 4 && (minor > 2 || (minor == 2 && patch >= 4)));
  }

  /** Helm 4 lower-cased the first letter of the tag-resolution errors. */
  public TagResolver.Wording wording() {
    return major >= 4 ? TagResolver.Wording.HELM_4 : TagResolver.Wording.HELM_3;
  }

  /** Helm 4.2.1+ prints registry messages to stdout; Helm 3.11+ and 4.0–4.2.0 to stderr. */
  public boolean messagesOnStdout() {
    return major > 4 || (major == 4 && (minor > 2 || (minor == 2 && patch >= 1)));
  }

  /** The loader line: Helm 4 rewrote some loader messages (values.yaml, size limits). */
  public dev.helmoci.tck.client.chart.HelmLine line() {
    return major >= 4
        ? dev.helmoci.tck.client.chart.HelmLine.HELM_4
        : dev.helmoci.tck.client.chart.HelmLine.HELM_3;
  }
}
