package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.evidence.CaseRecord;
import dev.helmoci.tck.engine.suite.Case;
import dev.helmoci.tck.reports.Outcome;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The one place that turns how a case ended into its {@link Outcome}, and the outcome into what JUnit sees. A
 * missed expectation is {@code fail} only for a case whose failure breaks a helm command; for a deviation Helm
 * tolerates it is {@code warn} (a JUnit abort, so builds and IDEs do not go red), unless strict.
 */
final class OutcomeMapper {

    private final boolean strict;

    OutcomeMapper(boolean strict) {
        this.strict = strict;
    }

    /** {@code thrown} is what the case's steps threw, or null when they passed. */
    CaseRecord record(Case testCase, Throwable thrown) {
        String impact = testCase.impact().describe();
        if (thrown == null) {
            return new CaseRecord(testCase.id(), Outcome.PASS, "", impact);
        }
        String reason = Optional.ofNullable(thrown.getMessage()).orElse(thrown.getClass().getSimpleName());
        if (thrown instanceof TestAbortedException) {
            return new CaseRecord(testCase.id(), Outcome.UNSUPPORTED, reason, impact);
        }
        if (thrown instanceof AssertionError) {
            boolean breaks = testCase.impact().breaksHelm() || strict;
            return new CaseRecord(testCase.id(), breaks ? Outcome.FAIL : Outcome.WARN, reason, impact);
        }
        return new CaseRecord(testCase.id(), Outcome.ERROR, reason, impact);
    }

    /** What JUnit is told: returns normally for a pass, else throws. {@code thrown} keeps its stack trace. */
    static void report(CaseRecord record, Throwable thrown) throws Exception {
        switch (record.outcome()) {
            case PASS:
                return;
            case WARN:
                throw new TestAbortedException("warn (" + record.impact() + "): " + record.reason());
            case FAIL:
                throw thrown instanceof AssertionFailedError ? (AssertionFailedError) thrown
                        : new AssertionFailedError(record.reason(), thrown);
            default:
                if (thrown instanceof Error) {
                    throw (Error) thrown;
                }
                throw thrown instanceof Exception ? (Exception) thrown : new IllegalStateException(thrown);
        }
    }
}
