package dev.helmoci.tck.authmatrix;

import dev.helmoci.tck.engine.evidence.CaseRecord;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Collects the outcome of every case of one engine run, keyed by case id, as the engine recorded it
 * ({@link CaseRecord}). A failed container (a suite that could not be read, a target that could not
 * be opened) is kept as an error, so a run that never reached its cases cannot look clean.
 */
final class CaseResults implements TestExecutionListener {
  private final Map<String, CaseResult> cases = new ConcurrentHashMap<>();
  private final List<String> containerErrors = new CopyOnWriteArrayList<>();

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    CaseRecord.of(entry)
        .ifPresent(
            r ->
                cases.put(r.caseId(), new CaseResult(r.caseId(), r.outcome().label(), r.reason())));
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (!id.isTest() && result.getStatus() == TestExecutionResult.Status.FAILED) {
      containerErrors.add(
          id.getDisplayName()
              + ": "
              + result
                  .getThrowable()
                  .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
                  .orElse(""));
    }
  }

  /** Case id → outcome, for comparing with what a mode expects. */
  Map<String, String> outcomes() {
    return cases.values().stream()
        .collect(Collectors.toMap(CaseResult::caseId, CaseResult::outcome));
  }

  CaseResult get(String caseId) {
    return cases.getOrDefault(caseId, new CaseResult(caseId, "missing", "never reported"));
  }

  List<String> containerErrors() {
    return List.copyOf(containerErrors);
  }

  @Override
  public String toString() {
    return cases.values().stream()
            .sorted(java.util.Comparator.comparing(CaseResult::caseId))
            .map(CaseResult::toString)
            .collect(Collectors.joining("\n  ", "cases:\n  ", ""))
        + (containerErrors.isEmpty() ? "" : "\ncontainer errors: " + containerErrors);
  }
}
