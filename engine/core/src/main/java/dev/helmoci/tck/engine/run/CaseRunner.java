package dev.helmoci.tck.engine.run;

import dev.helmoci.tck.engine.evidence.CaseEvidence;
import dev.helmoci.tck.engine.evidence.StepTranscript;
import dev.helmoci.tck.engine.step.Evidence;
import dev.helmoci.tck.engine.step.Observation;
import dev.helmoci.tck.engine.step.Step;
import dev.helmoci.tck.engine.suite.Case;
import dev.helmoci.tck.engine.suite.Suite;
import dev.helmoci.tck.reports.StepEvidence;
import java.time.Duration;
import java.util.List;

/**
 * Runs a case's steps in order, stopping at the first that does not pass, then always runs its
 * {@code cleanup} steps. Cleanup is best effort: registries may refuse deletes, so a cleanup
 * failure is recorded as evidence and does not change the outcome. Each step's result is recorded
 * as evidence ({@code step}), and with its transcript (redacted with the run's secrets) in the
 * case's {@link CaseEvidence}.
 */
public final class CaseRunner {

  private final RunContext run;

  public CaseRunner(RunContext run) {
    this.run = run;
  }

  /**
   * Returns normally when the case passed; otherwise throws the outcome (see {@link StepRunner}).
   */
  public void run(Suite suite, Case testCase, Evidence evidence) throws InterruptedException {
    run(suite, testCase, evidence, new CaseEvidence());
  }

  /**
   * As {@link #run(Suite, Case, Evidence)}, leaving each step and the driver's Helm version in
   * {@code steps}.
   */
  public void run(Suite suite, Case testCase, Evidence evidence, CaseEvidence steps)
      throws InterruptedException {
    RunInterruption.check("before it started");
    CaseScope scope = new CaseScope(run, suite, testCase, evidence);
    StepRunner runner = new StepRunner(run, suite.location());
    try {
      runAll(testCase.steps(), runner, scope, evidence, steps, "step");
    } finally {
      try {
        runAll(testCase.cleanup(), runner, scope, evidence, steps, "cleanup");
      } catch (AssertionError | RuntimeException e) {
        evidence.record("cleanup.failed", run.redact(e.getMessage()));
      } finally {
        scope.usedHelmVersion().ifPresent(steps::helmVersion);
        scope.closeDriver();
      }
    }
  }

  private void runAll(
      List<Step> list,
      StepRunner runner,
      CaseScope scope,
      Evidence evidence,
      CaseEvidence steps,
      String kind)
      throws InterruptedException {
    int index = 1;
    for (Step step : list) {
      if (kind.equals("step")) {
        RunInterruption.check("before step " + index);
      }
      long started = System.nanoTime();
      String where = runner.where(step, index);
      StepTranscript transcript = new StepTranscript();
      String status = "passed";
      try {
        Observation observation = runner.run(step, index, scope, transcript);
        step.captureAs().ifPresent(name -> scope.capture(name, observation));
        evidence.record(kind, where + ": passed in " + millis(started) + "ms");
      } catch (AssertionError | RuntimeException | InterruptedException e) {
        status = e.getClass().getSimpleName();
        evidence.record(kind, where + ": " + status + " after " + millis(started) + "ms");
        throw e;
      } finally {
        steps.step(
            new StepEvidence(
                index,
                kind,
                step.label(),
                where.substring(where.lastIndexOf(" at ") + 4),
                status,
                Duration.ofMillis(millis(started)),
                run.redact(transcript.text())));
      }
      index++;
    }
  }

  private static long millis(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
