package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.engine.Constants;
import dev.helmoci.tck.engine.evidence.CaseRecord;
import dev.helmoci.tck.reports.CaseResult;
import dev.helmoci.tck.reports.Outcome;
import dev.helmoci.tck.reports.RunResults;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one progress line per case and collects every case's {@link Outcome} for the reports and
 * exit code.
 */
final class ResultCollector implements TestExecutionListener {
  private final RunResults results;
  private final PrintStream out;
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private final Map<String, CaseRecord> records = new ConcurrentHashMap<>();
  private final CaseDetails details = new CaseDetails();
  private final AtomicBoolean containerBroke = new AtomicBoolean();
  private TestPlan plan;

  ResultCollector(RunResults results, PrintStream out) {
    this.results = results;
    this.out = out;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    out.println(
        "Running "
            + testPlan.countTestIdentifiers(TestIdentifier::isTest)
            + " cases with driver "
            + results.driver());
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    started.put(id.getUniqueId(), System.nanoTime());
  }

  /** The engine publishes each case's {@link CaseRecord} and, once, the registry under test. */
  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    CaseRecord.of(entry).ifPresent(record -> records.put(id.getUniqueId(), record));
    details.collect(id.getUniqueId(), entry, results);
    String target = entry.getKeyValuePairs().get(Constants.TARGET_ENTRY_KEY);
    if (target != null) {
      results.registry(target);
      out.println("Registry under test: " + target);
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (id.isTest()) {
      record(id, Duration.ZERO, reason);
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Long t0 = started.remove(id.getUniqueId());
    Duration took = t0 == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - t0);
    String message = result.getThrowable().map(Throwable::getMessage).orElse("");
    if (!id.isTest()) {
      if (result.getStatus() == TestExecutionResult.Status.FAILED) {
        containerBroke.set(true);
        out.println("ERROR " + id.getDisplayName() + ": " + message);
      }
      return;
    }
    record(id, took, message);
  }

  /** True when an engine or suite node failed (e.g. a malformed suite file): a kit error. */
  boolean containerBroke() {
    return containerBroke.get();
  }

  /**
   * A test without a record was never judged by the engine (a broken suite file, a kit fault): an
   * error.
   */
  private void record(TestIdentifier id, Duration took, String junitMessage) {
    CaseRecord record = records.remove(id.getUniqueId());
    if (record == null) {
      record = new CaseRecord(id.getLegacyReportingName(), Outcome.ERROR, junitMessage, "");
    }
    record(id, record, took);
  }

  private void record(TestIdentifier id, CaseRecord record, Duration took) {
    Outcome outcome = record.outcome();
    String message = record.reason();
    List<String> features =
        id.getTags().stream()
            .map(t -> t.getName())
            .filter(n -> n.startsWith("feature:"))
            .map(n -> n.substring("feature:".length()))
            .sorted()
            .toList();
    String level =
        id.getTags().stream()
            .map(t -> t.getName())
            .filter(n -> n.startsWith("level:"))
            .map(n -> n.substring("level:".length()))
            .findFirst()
            .orElse("");
    String suite =
        plan == null ? "" : plan.getParent(id).map(TestIdentifier::getDisplayName).orElse("");
    results.add(
        details.complete(
            id,
            new CaseResult(
                suite,
                record.caseId(),
                id.getDisplayName(),
                features,
                level,
                outcome,
                message,
                source(id.getSource().orElse(null)),
                took,
                record.impact())));
    out.printf(
        "%-11s %s%s%n",
        outcome.label().toUpperCase(java.util.Locale.ROOT),
        id.getDisplayName(),
        took.isZero() ? "" : String.format(" (%.1f s)", took.toMillis() / 1000.0));
    if (!message.isEmpty() && outcome != Outcome.PASS) {
      out.println("            " + message.replace("\n", "\n            "));
    }
  }

  private static String source(TestSource source) {
    if (source instanceof FileSource file) {
      return file.getFile() + file.getPosition().map(p -> ":" + p.getLine()).orElse("");
    }
    if (source instanceof ClasspathResourceSource resource) {
      return resource.getClasspathResourceName()
          + resource.getPosition().map(p -> ":" + p.getLine()).orElse("");
    }
    return source == null ? "" : source.toString();
  }
}
