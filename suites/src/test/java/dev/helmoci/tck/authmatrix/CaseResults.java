package dev.helmoci.tck.authmatrix;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Collects the outcome of every case of one engine run, keyed by case id. A failed container (a suite that could
 * not be read, a target that could not be opened) is kept as an error, so a run that never reached its cases
 * cannot look clean.
 */
final class CaseResults implements TestExecutionListener {
  private static final String CASE_SEGMENT = "[case:";

  private final Map<String, CaseResult> cases = new ConcurrentHashMap<>();
  private final List<String> containerErrors = new CopyOnWriteArrayList<>();

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (id.isTest()) {
      String why = reason == null ? "" : reason;
      record(id, why.startsWith("blocked") ? CaseResult.BLOCKED : CaseResult.DISABLED, why);
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    String message = result.getThrowable().map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
        .orElse("");
    if (!id.isTest()) {
      if (result.getStatus() == TestExecutionResult.Status.FAILED) {
        containerErrors.add(id.getDisplayName() + ": " + message);
      }
      return;
    }
    String outcome = switch (result.getStatus()) {
      case SUCCESSFUL -> CaseResult.PASS;
      case ABORTED -> CaseResult.UNSUPPORTED;
      case FAILED -> result.getThrowable().orElse(null) instanceof AssertionError ? CaseResult.FAIL
          : CaseResult.ERROR;
    };
    record(id, outcome, message);
  }

  private void record(TestIdentifier id, String outcome, String message) {
    String uid = id.getUniqueId();
    int at = uid.lastIndexOf(CASE_SEGMENT);
    String caseId = at < 0 ? id.getDisplayName() : uid.substring(at + CASE_SEGMENT.length(), uid.length() - 1);
    cases.put(caseId, new CaseResult(caseId, outcome, message));
  }

  /** Case id → outcome, for comparing with what a mode expects. */
  Map<String, String> outcomes() {
    return cases.values().stream().collect(Collectors.toMap(CaseResult::caseId, CaseResult::outcome));
  }

  CaseResult get(String caseId) {
    return cases.getOrDefault(caseId, new CaseResult(caseId, "missing", "never reported"));
  }

  List<String> containerErrors() {
    return List.copyOf(containerErrors);
  }

  @Override
  public String toString() {
    return cases.values().stream().sorted(java.util.Comparator.comparing(CaseResult::caseId))
        .map(CaseResult::toString).collect(Collectors.joining("\n  ", "cases:\n  ", ""))
        + (containerErrors.isEmpty() ? "" : "\ncontainer errors: " + containerErrors);
  }
}
