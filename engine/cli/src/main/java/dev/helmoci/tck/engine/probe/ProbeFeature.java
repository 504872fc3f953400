package dev.helmoci.tck.engine.probe;

import java.util.List;

/**
 * What real helm did for one feature against one registry: {@code pass}, {@code fail} (a helm
 * command failed or did the wrong thing) or {@code not-probed} (a precondition is absent, e.g. no
 * credentials). Feature names are the suites' {@code verifies} names, so the kit's verdict per
 * feature can be compared with helm's.
 *
 * @param evidence the helm command lines and the first error line, or why the feature was not
 *     probed
 */
public record ProbeFeature(String feature, Status status, List<String> evidence) {

  public enum Status {
    PASS,
    FAIL,
    NOT_PROBED
  }

  public ProbeFeature {
    evidence = List.copyOf(evidence);
  }

  public boolean failed() {
    return status == Status.FAIL;
  }
}
