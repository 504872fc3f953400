package dev.helmoci.tck.engine.run;

import dev.helmoci.tck.engine.evidence.StepTranscript;
import dev.helmoci.tck.engine.step.Observation;
import dev.helmoci.tck.engine.step.Retry;
import dev.helmoci.tck.engine.step.Step;
import dev.helmoci.tck.engine.suite.SuiteLocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs one step: bounded by its timeout, repeated per {@code retry}, then judged. Outcomes: an
 * expectation missed or a timeout is an {@link AssertionFailedError} (fail); {@code unsupportedIf}
 * holding is a {@link TestAbortedException} (unsupported); anything else thrown is a {@link
 * StepErrorException} (error). Every message names the step, {@code file:line:column} and the
 * request.
 */
final class StepRunner {

  private final RunContext run;
  private final SuiteLocation location;

  StepRunner(RunContext run, SuiteLocation location) {
    this.run = run;
    this.location = location;
  }

  Observation run(Step step, int index, CaseScope scope) throws InterruptedException {
    return run(step, index, scope, new StepTranscript());
  }

  /**
   * As {@link #run(Step, int, CaseScope)}, recording what the step causes in {@code transcript}.
   */
  Observation run(Step step, int index, CaseScope scope, StepTranscript transcript)
      throws InterruptedException {
    Duration timeout = step.timeout().orElse(scope.timeout());
    Optional<Retry> retry = step.retry();
    int attempts = retry.map(Retry::attempts).orElse(1);
    Observation observation = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      observation = once(step, index, scope, timeout, transcript);
      if (retry.isEmpty() || problems(retry.get().until(), step, observation, scope).isEmpty()) {
        break;
      }
      if (attempt < attempts) {
        Thread.sleep(retry.get().interval().toMillis());
      }
    }
    Observation seen = observation;
    if (step.unsupportedIf()
        .filter(u -> u.mismatches(seen, scope::interpolate).isEmpty())
        .isPresent()) {
      throw new TestAbortedException(
          scope.redact(
              "unsupported: "
                  + where(step, index)
                  + " ("
                  + seen.request()
                  + "): the registry answered "
                  + summary(seen)));
    }
    List<String> problems = problems(step.expect(), step, seen, scope);
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(
          scope.redact(
              where(step, index) + " (" + seen.request() + "): " + String.join("; ", problems)));
    }
    return seen;
  }

  private static List<String> problems(
      dev.helmoci.tck.engine.step.Expectations expectations,
      Step step,
      Observation observation,
      CaseScope scope) {
    List<String> problems = new ArrayList<>();
    if (observation.error().isPresent() && !expectations.expectsError()) {
      problems.add("Helm reported an error: " + observation.error().get());
    }
    problems.addAll(expectations.mismatches(observation, scope::interpolate));
    return problems;
  }

  private Observation once(
      Step step, int index, CaseScope scope, Duration timeout, StepTranscript transcript)
      throws InterruptedException {
    Future<Observation> future =
        run.stepThreads().submit(() -> transcript.during(() -> step.action().run(scope)));
    RunInterruption.running(future);
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (CancellationException e) {
      RunInterruption.check("while " + where(step, index) + " ran");
      throw e;
    } catch (TimeoutException e) {
      future.cancel(true);
      // The registry did not answer in time: its fail, with the one wording every timeout has.
      throw new AssertionFailedError(
          scope.redact(
              where(step, index)
                  + ": timed out after "
                  + seconds(timeout)
                  + " waiting for "
                  + step.action().describe()));
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof AssertionError) {
        throw new AssertionFailedError(
            scope.redact(where(step, index) + ": " + cause.getMessage()));
      }
      if (cause instanceof TestAbortedException) {
        throw new TestAbortedException(
            scope.redact(where(step, index) + ": " + cause.getMessage()));
      }
      Optional<Throwable> network = networkFailure(cause);
      if (network.isPresent()) {
        // A reset, a stall past the read timeout or a broken handshake is the registry's: a fail
        // naming it.
        throw new AssertionFailedError(
            scope.redact(
                where(step, index)
                    + ": the registry broke the exchange ("
                    + network.get().getClass().getSimpleName()
                    + ": "
                    + network.get().getMessage()
                    + ")"));
      }
      String message =
          scope.redact(
              where(step, index)
                  + ": "
                  + cause.getClass().getSimpleName()
                  + ": "
                  + cause.getMessage());
      // Keep the cause for its stack trace only when its own message cannot leak a secret.
      boolean safe =
          String.valueOf(cause.getMessage())
              .equals(scope.redact(String.valueOf(cause.getMessage())));
      throw new StepErrorException(message, safe ? cause : null);
    } finally {
      RunInterruption.finished(future);
    }
  }

  /**
   * The first network failure in the cause chain: the registry reset, stalled or broke the
   * connection.
   */
  static Optional<Throwable> networkFailure(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String type = t.getClass().getName();
      if (t instanceof java.io.IOException
          && (type.startsWith("java.net.")
              || type.startsWith("javax.net.ssl.")
              || type.startsWith("okhttp3.")
              || t instanceof java.io.EOFException
              || t instanceof java.io.InterruptedIOException)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static String seconds(Duration timeout) {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
  }

  String where(Step step, int index) {
    return "step "
        + index
        + " "
        + step.label()
        + " at "
        + location.fileName()
        + ":"
        + step.position();
  }

  private static String summary(Observation observation) {
    return observation.status().map(status -> "HTTP " + status).orElse("")
        + observation.error().map(error -> "error: " + error).orElse("");
  }
}
