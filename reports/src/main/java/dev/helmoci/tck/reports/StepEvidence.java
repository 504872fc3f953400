package dev.helmoci.tck.reports;

import java.time.Duration;

/**
 * One YAML step of a case as it ran: where it is written, how it ended, and its transcript (every
 * HTTP exchange and helm command the step caused, already redacted by the engine).
 *
 * @param kind {@code step} or {@code cleanup}
 * @param label the step's label, e.g. {@code push chart.tgz}
 * @param where {@code file:line:column} of the step in its suite
 * @param status {@code passed}, or the failure's type ({@code AssertionFailedError}, …)
 */
public record StepEvidence(
    int index,
    String kind,
    String label,
    String where,
    String status,
    Duration duration,
    String transcript) {

  public StepEvidence {
    kind = kind == null ? "step" : kind;
    label = label == null ? "" : label;
    where = where == null ? "" : where;
    status = status == null ? "" : status;
    duration = duration == null ? Duration.ZERO : duration;
    transcript = transcript == null ? "" : transcript;
  }

  public boolean passed() {
    return status.equals("passed");
  }
}
