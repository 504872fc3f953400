package dev.helmoci.tck.engine.run;

import dev.helmoci.tck.engine.step.Evidence;
import dev.helmoci.tck.engine.step.Observation;
import dev.helmoci.tck.engine.step.Step;
import dev.helmoci.tck.engine.suite.Case;
import dev.helmoci.tck.engine.suite.Suite;
import java.util.List;

/**
 * Runs a case's steps in order, stopping at the first that does not pass, then always runs its {@code cleanup}
 * steps. Cleanup is best effort: registries may refuse deletes, so a cleanup failure is recorded as evidence and
 * does not change the outcome. Each step's result is recorded as evidence ({@code step}).
 */
public final class CaseRunner {

    private final RunContext run;

    public CaseRunner(RunContext run) {
        this.run = run;
    }

    /** Returns normally when the case passed; otherwise throws the outcome (see {@link StepRunner}). */
    public void run(Suite suite, Case testCase, Evidence evidence) throws InterruptedException {
        RunInterruption.check("before it started");
        CaseScope scope = new CaseScope(run, suite, testCase, evidence);
        StepRunner steps = new StepRunner(run, suite.location());
        try {
            runAll(testCase.steps(), steps, scope, evidence, "step");
        } finally {
            try {
                runAll(testCase.cleanup(), steps, scope, evidence, "cleanup");
            } catch (AssertionError | RuntimeException e) {
                evidence.record("cleanup.failed", run.redact(e.getMessage()));
            } finally {
                scope.closeDriver();
            }
        }
    }

    private static void runAll(List<Step> list, StepRunner runner, CaseScope scope, Evidence evidence, String kind)
            throws InterruptedException {
        int index = 1;
        for (Step step : list) {
            if (kind.equals("step")) {
                RunInterruption.check("before step " + index);
            }
            long started = System.nanoTime();
            String where = runner.where(step, index);
            try {
                Observation observation = runner.run(step, index, scope);
                step.captureAs().ifPresent(name -> scope.capture(name, observation));
                evidence.record(kind, where + ": passed in " + millis(started) + "ms");
            } catch (AssertionError | RuntimeException | InterruptedException e) {
                evidence.record(kind, where + ": " + e.getClass().getSimpleName() + " after " + millis(started) + "ms");
                throw e;
            }
            index++;
        }
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
