package dev.helmoci.tck.reports;

import java.util.Collection;
import java.util.Locale;

/**
 * The one-word answer for a set of cases (a run, a feature, a profile): {@link #FAIL} when a case
 * that breaks a helm command failed, {@link #ERROR} when the kit broke, {@link #WARN} for a
 * tolerated deviation, {@link #PASS} when something passed and nothing of the above happened,
 * {@link #NOT_RUN} when nothing was judged.
 */
public enum Verdict {
  FAIL,
  ERROR,
  WARN,
  PASS,
  NOT_RUN;

  public static Verdict of(Collection<Outcome> outcomes) {
    if (outcomes.contains(Outcome.FAIL)) {
      return FAIL;
    }
    if (outcomes.contains(Outcome.ERROR)) {
      return ERROR;
    }
    if (outcomes.contains(Outcome.WARN)) {
      return WARN;
    }
    return outcomes.contains(Outcome.PASS) || outcomes.contains(Outcome.EXPECTED_FAIL)
        ? PASS
        : NOT_RUN;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Verdict ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
