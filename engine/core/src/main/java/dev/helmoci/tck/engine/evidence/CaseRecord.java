package dev.helmoci.tck.engine.evidence;

import dev.helmoci.tck.reports.Outcome;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * How one case ended, recorded once where it ends and published as one JUnit report entry, so every
 * listener (the CLI, the project's tests, IDEs) reads the same record instead of decoding JUnit
 * statuses or messages.
 *
 * @param caseId the case's {@code id} in its suite
 * @param outcome the outcome
 * @param reason why (empty for a pass); already redacted
 * @param impact what a failure means for Helm users, e.g. {@code breaks helm pull}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record CaseRecord(String caseId, Outcome outcome, String reason, String impact) {
  public static final String OUTCOME_KEY = "helm-oci-tck.outcome";
  public static final String CASE_KEY = "helm-oci-tck.case";
  public static final String REASON_KEY = "helm-oci-tck.reason";
  public static final String IMPACT_KEY = "helm-oci-tck.impact";

  public CaseRecord {
    reason = reason == null ? "" : reason;
    impact = impact == null ? "" : impact;
  }

  public ReportEntry toReportEntry() {
    // Report entries refuse blank values.
    return ReportEntry.from(
        Map.of(
            OUTCOME_KEY,
            outcome.label(),
            CASE_KEY,
            caseId,
            REASON_KEY,
            reason.isBlank() ? "-" : reason,
            IMPACT_KEY,
            impact.isBlank() ? "-" : impact));
  }

  /** The record in a report entry the engine published, if it is one. */
  public static Optional<CaseRecord> of(ReportEntry entry) {
    Map<String, String> values = entry.getKeyValuePairs();
    return Optional.ofNullable(values.get(OUTCOME_KEY))
        .flatMap(Outcome::ofLabel)
        .map(
            outcome ->
                new CaseRecord(
                    values.getOrDefault(CASE_KEY, ""),
                    outcome,
                    dash(values.get(REASON_KEY)),
                    dash(values.get(IMPACT_KEY))));
  }

  private static String dash(String value) {
    return value == null || value.equals("-") ? "" : value;
  }
}
