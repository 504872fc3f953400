package dev.helmoci.tck.suites.detection;

import dev.helmoci.tck.engine.evidence.CaseRecord;
import dev.helmoci.tck.reports.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects every case's outcome, as the engine recorded it ({@link CaseRecord}), and its tags from
 * one engine run. A failed suite or engine node (a target that cannot be opened) is kept as an
 * {@code error} outcome too, so a run that never reached its cases cannot pass as clean.
 */
final class OutcomeListener implements TestExecutionListener {
  private static final String FEATURE_TAG = "feature:";

  private final List<CaseOutcome> outcomes = new CopyOnWriteArrayList<>();
  private final Map<String, CaseRecord> records = new ConcurrentHashMap<>();
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private volatile TestPlan plan;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    started.put(id.getUniqueId(), System.nanoTime());
  }

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    CaseRecord.of(entry).ifPresent(record -> records.put(id.getUniqueId(), record));
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (id.isTest()) {
      record(id, reason);
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    String message =
        result
            .getThrowable()
            .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
            .orElse("");
    if (!id.isTest()) {
      if (result.getStatus() == TestExecutionResult.Status.FAILED) {
        record(id, new CaseRecord(id.getDisplayName(), Outcome.ERROR, message, ""));
      }
      return;
    }
    record(id, message);
  }

  private void record(TestIdentifier id, String junitMessage) {
    CaseRecord record = records.remove(id.getUniqueId());
    record(
        id,
        record != null
            ? record
            : new CaseRecord(
                id.getDisplayName(),
                Outcome.ERROR,
                "no outcome recorded by the engine: " + junitMessage,
                ""));
  }

  List<CaseOutcome> outcomes() {
    return List.copyOf(outcomes);
  }

  private void record(TestIdentifier id, CaseRecord record) {
    Set<String> features =
        id.getTags().stream()
            .map(t -> t.getName())
            .filter(n -> n.startsWith(FEATURE_TAG))
            .map(n -> n.substring(FEATURE_TAG.length()))
            .collect(Collectors.toSet());
    String suite =
        plan == null ? "" : plan.getParent(id).map(TestIdentifier::getDisplayName).orElse("");
    Long t0 = started.remove(id.getUniqueId());
    Duration took = t0 == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - t0);
    outcomes.add(
        new CaseOutcome(
            record.caseId(),
            suite,
            record.outcome().label(),
            features,
            record.reason(),
            took,
            record.impact()));
  }
}
