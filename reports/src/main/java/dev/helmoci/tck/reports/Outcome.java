package dev.helmoci.tck.reports;

import java.util.Locale;
import java.util.Optional;

/**
 * The outcomes of a case, the same in every report. {@link #FAIL}: a case whose failure breaks a
 * helm command failed; {@link #WARN}: a case for a deviation Helm tolerates failed (exit 0 unless
 * strict); {@link #UNSUPPORTED}: a precondition is absent or the registry gave a spec-allowed "not
 * supported"; {@link #DISABLED}: by profile, Helm version or driver; {@link #ERROR}: the kit or its
 * environment broke; {@link #BLOCKED}: a case it depends on did not pass; {@link #EXPECTED_FAIL}: a
 * failure an expectations file names as known (with its reason and expiry); {@link #INTERRUPTED}:
 * the run was stopped (SIGINT, SIGTERM) before the case finished.
 */
public enum Outcome {
  PASS,
  FAIL,
  WARN,
  EXPECTED_FAIL,
  UNSUPPORTED,
  DISABLED,
  ERROR,
  BLOCKED,
  INTERRUPTED;

  /** {@code pass}, {@code expected-fail}, …: the word every report uses. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Outcome> ofLabel(String label) {
    for (Outcome o : values()) {
      if (o.label().equals(label)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
