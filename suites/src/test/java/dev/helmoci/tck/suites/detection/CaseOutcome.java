package dev.helmoci.tck.suites.detection;

import java.time.Duration;
import java.util.Set;

/**
 * How one case ended in one detection run, with its {@code feature:} tags.
 *
 * @param caseId the case's {@code id}
 * @param suite the suite's display name
 * @param outcome {@code pass}, {@code fail}, {@code error}, {@code unsupported}, {@code disabled}
 *     or {@code blocked}
 * @param features the case's {@code verifies} names
 * @param message the failure, abort or skip reason; empty on pass
 * @param took zero when the case never started
 * @param impact what the case says a failure means, e.g. {@code breaks helm pull} or {@code
 *     deviates: …}
 */
record CaseOutcome(
    String caseId,
    String suite,
    String outcome,
    Set<String> features,
    String message,
    Duration took,
    String impact) {
  static final String PASS = "pass";
  static final String FAIL = "fail";
  static final String WARN = "warn";
  static final String ERROR = "error";
  static final String UNSUPPORTED = "unsupported";
  static final String DISABLED = "disabled";
  static final String BLOCKED = "blocked";

  CaseOutcome {
    features = Set.copyOf(features);
  }

  /**
   * The case says its failure breaks a helm command (its failure is {@code fail}, not {@code
   * warn}).
   */
  boolean breaksHelm() {
    return impact.startsWith("breaks");
  }

  /** Failed or errored: what a conforming registry must never produce. */
  boolean broken() {
    return outcome.equals(FAIL) || outcome.equals(ERROR);
  }
}
