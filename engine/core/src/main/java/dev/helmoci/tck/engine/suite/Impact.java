package dev.helmoci.tck.engine.suite;

import java.util.List;
import java.util.Optional;

/**
 * What a failure of a case means for Helm users, and so which outcome it gets: {@link Kind#BREAKS}
 * (a named helm command fails or silently does the wrong thing, for {@link #helm()}) makes a
 * failure {@code fail}; {@link Kind#DEVIATES} (a spec or Helm-docs deviation Helm tolerates today)
 * makes it {@code warn}.
 *
 * @param commands the helm commands a {@code breaks} failure hurts, such as {@code helm pull};
 *     empty for deviates
 * @param helm the Helm versions hurt; the case's own range unless the impact names one
 * @param deviation for {@code deviates}, which spec or docs clause is not met; empty for breaks
 */
public record Impact(Kind kind, List<String> commands, HelmVersionRange helm, String deviation) {

  /** The helm commands an impact may name, as a user types them. */
  public static final List<String> COMMANDS =
      List.of(
          "helm registry login",
          "helm registry logout",
          "helm push",
          "helm pull",
          "helm show",
          "helm template",
          "helm install",
          "helm upgrade",
          "helm dependency update");

  public enum Kind {
    BREAKS,
    DEVIATES
  }

  public Impact {
    commands = List.copyOf(commands);
  }

  public static Impact breaks(List<String> commands, HelmVersionRange helm) {
    return new Impact(Kind.BREAKS, commands, helm, "");
  }

  public static Impact deviates(String deviation) {
    return new Impact(Kind.DEVIATES, List.of(), HelmVersionRange.ANY, deviation);
  }

  public boolean breaksHelm() {
    return kind == Kind.BREAKS;
  }

  /**
   * One line for reports: {@code breaks helm push, helm pull (Helm >=3.8.0)} or {@code deviates:
   * …}.
   */
  public String describe() {
    if (kind == Kind.DEVIATES) {
      return "deviates: " + deviation;
    }
    return "breaks "
        + String.join(", ", commands)
        + Optional.of(helm)
            .filter(h -> h != HelmVersionRange.ANY)
            .map(h -> " (Helm " + h + ")")
            .orElse("");
  }
}
