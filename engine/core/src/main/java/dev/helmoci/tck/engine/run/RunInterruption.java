package dev.helmoci.tck.engine.run;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

/**
 * A request to stop the run (SIGINT or SIGTERM, see {@code cli.SignalHandling}): the steps that are
 * running are cancelled — which kills their helm processes —, every case not yet finished ends as
 * {@code interrupted}, and the run then cleans up and writes its reports as usual. A signal is
 * process-wide, so this is too.
 */
public final class RunInterruption {
  private static final Set<Future<?>> RUNNING = ConcurrentHashMap.newKeySet();
  private static volatile String signal;

  private RunInterruption() {}

  /** Stops the run; {@code cause} names it in every interrupted case, e.g. {@code SIGINT}. */
  public static void request(String cause) {
    signal = cause;
    RUNNING.forEach(future -> future.cancel(true));
  }

  public static Optional<String> requested() {
    return Optional.ofNullable(signal);
  }

  /**
   * Throws when the run was stopped; {@code when} says where the case was, e.g. "before it
   * started".
   */
  static void check(String when) {
    String cause = signal;
    if (cause != null) {
      throw new CaseInterruptedException("interrupted by " + cause + " " + when);
    }
  }

  static void running(Future<?> future) {
    RUNNING.add(future);
    if (signal != null) {
      future.cancel(true);
    }
  }

  static void finished(Future<?> future) {
    RUNNING.remove(future);
  }

  /** For tests that interrupt a run and then start another in the same JVM. */
  public static void reset() {
    signal = null;
    RUNNING.clear();
  }
}
