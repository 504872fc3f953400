package dev.helmoci.tck.suites.detection;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects every case's outcome and tags from one engine run. A failed suite or engine node (a broken
 * suite file, a target that cannot be opened) is kept as an {@code error} outcome too, so a run that
 * never reached its cases cannot pass as clean.
 */
final class OutcomeListener implements TestExecutionListener {
  private static final String FEATURE_TAG = "feature:";
  private static final String CASE_SEGMENT = "[case:";

  private final List<CaseOutcome> outcomes = new CopyOnWriteArrayList<>();
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
  public void executionSkipped(TestIdentifier id, String reason) {
    if (id.isTest()) {
      String why = reason == null ? "" : reason;
      record(id, why.startsWith("blocked") ? CaseOutcome.BLOCKED : CaseOutcome.DISABLED, why);
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    String message = result.getThrowable().map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse("");
    if (!id.isTest()) {
      if (result.getStatus() == TestExecutionResult.Status.FAILED) {
        record(id, CaseOutcome.ERROR, message);
      }
      return;
    }
    String outcome = switch (result.getStatus()) {
      case SUCCESSFUL -> CaseOutcome.PASS;
      case ABORTED -> CaseOutcome.UNSUPPORTED;
      case FAILED -> result.getThrowable().orElse(null) instanceof AssertionError
          ? CaseOutcome.FAIL : CaseOutcome.ERROR;
    };
    record(id, outcome, message);
  }

  List<CaseOutcome> outcomes() {
    return List.copyOf(outcomes);
  }

  private void record(TestIdentifier id, String outcome, String message) {
    Set<String> features = id.getTags().stream().map(t -> t.getName()).filter(n -> n.startsWith(FEATURE_TAG))
        .map(n -> n.substring(FEATURE_TAG.length())).collect(Collectors.toSet());
    String suite = plan == null ? "" : plan.getParent(id).map(TestIdentifier::getDisplayName).orElse("");
    Long t0 = started.remove(id.getUniqueId());
    Duration took = t0 == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - t0);
    outcomes.add(new CaseOutcome(caseId(id), suite, outcome, features, message, took));
  }

  private static String caseId(TestIdentifier id) {
    String uid = id.getUniqueId();
    int at = uid.lastIndexOf(CASE_SEGMENT);
    return at < 0 ? id.getDisplayName() : uid.substring(at + CASE_SEGMENT.length(), uid.length() - 1);
  }
}
