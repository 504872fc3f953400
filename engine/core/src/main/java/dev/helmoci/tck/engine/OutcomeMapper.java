package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.baseline.Expectations;
import dev.helmoci.tck.engine.evidence.CaseRecord;
import dev.helmoci.tck.engine.run.CaseInterruptedException;
import dev.helmoci.tck.engine.suite.Case;
import dev.helmoci.tck.reports.Outcome;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The one place that turns how a case ended into its {@link Outcome}, and the outcome into what
 * JUnit sees. A missed expectation is {@code fail} only for a case whose failure breaks a helm
 * command; for a deviation Helm tolerates it is {@code warn} (a JUnit abort, so builds and IDEs do
 * not go red), unless strict.
 */
final class OutcomeMapper {

  private final boolean strict;
  private final Expectations expectations;

  OutcomeMapper(boolean strict, Expectations expectations) {
    this.strict = strict;
    this.expectations = expectations;
  }

  /**
   * {@code thrown} is what the case's steps threw, or null when they passed; known failures are
   * applied.
   */
  CaseRecord record(Case testCase, Throwable thrown) {
    return expectations.apply(judge(testCase, thrown), LocalDate.now(ZoneOffset.UTC));
  }

  private CaseRecord judge(Case testCase, Throwable thrown) {
    String impact = testCase.impact().describe();
    if (thrown == null) {
      return new CaseRecord(testCase.id(), Outcome.PASS, "", impact);
    }
    String reason =
        Optional.ofNullable(thrown.getMessage()).orElse(thrown.getClass().getSimpleName());
    if (thrown instanceof CaseInterruptedException) {
      return new CaseRecord(testCase.id(), Outcome.INTERRUPTED, reason, impact);
    }
    if (thrown instanceof TestAbortedException) {
      return new CaseRecord(testCase.id(), Outcome.UNSUPPORTED, reason, impact);
    }
    if (thrown instanceof AssertionError) {
      boolean breaks = testCase.impact().breaksHelm() || strict;
      return new CaseRecord(testCase.id(), breaks ? Outcome.FAIL : Outcome.WARN, reason, impact);
    }
    return new CaseRecord(testCase.id(), Outcome.ERROR, reason, impact);
  }

  /**
   * What JUnit is told: returns normally for a pass, else throws. {@code thrown} keeps its stack
   * trace.
   */
  static void report(CaseRecord record, Throwable thrown) throws Exception {
    switch (record.outcome()) {
      case PASS:
        return;
      case WARN:
        throw new TestAbortedException("warn (" + record.impact() + "): " + record.reason());
      case EXPECTED_FAIL:
        throw new TestAbortedException("expected-fail: " + record.reason());
      case INTERRUPTED:
        throw new TestAbortedException(record.reason());
      case FAIL:
        // A reason that differs from the message (redacted, or an expectation's verdict) replaces
        // it, and
        // the original is not attached: its message could hold what was redacted.
        throw thrown instanceof AssertionFailedError && record.reason().equals(thrown.getMessage())
            ? (AssertionFailedError) thrown
            : new AssertionFailedError(record.reason());
      case UNSUPPORTED:
        throw thrown instanceof TestAbortedException && record.reason().equals(thrown.getMessage())
            ? (TestAbortedException) thrown
            : new TestAbortedException(record.reason());
      default:
        if (thrown == null || !record.reason().equals(thrown.getMessage())) {
          throw new IllegalStateException(record.reason());
        }
        if (thrown instanceof Error) {
          throw (Error) thrown;
        }
        throw thrown instanceof Exception ? (Exception) thrown : new IllegalStateException(thrown);
    }
  }
}
