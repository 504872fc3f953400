package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.engine.run.RunInterruption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;

/**
 * SIGINT and SIGTERM during {@code run}: the first stops the running cases and lets the run clean
 * up and write its reports, then exit with 130 or 143 (128 + the signal's number, as shells report
 * it); a second signal, or a run that has not finished within the grace period, ends the process at
 * once with the same code. {@code sun.misc.Signal} is used because a JVM shutdown hook cannot let
 * the run finish: {@code System.exit} from it blocks forever.
 */
final class SignalHandling {
  private static final AtomicReference<String> RECEIVED = new AtomicReference<>();

  private SignalHandling() {}

  static void install(Duration grace) {
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal.handle(new Signal(name), signal -> received("SIG" + signal.getName(), grace));
      } catch (IllegalArgumentException e) {
        // The signal is reserved on this platform (or by -Xrs); the JVM's default handling stays.
      }
    }
  }

  /** The signal received, e.g. {@code SIGINT}, if any. */
  static Optional<String> received() {
    return Optional.ofNullable(RECEIVED.get());
  }

  static int exitCode(String signal) {
    return signal.equals("SIGTERM") ? 143 : 130;
  }

  private static void received(String signal, Duration grace) {
    if (!RECEIVED.compareAndSet(null, signal)) {
      System.err.println("[helm-oci-tck] " + signal + " again: stopping now, without cleanup");
      Runtime.getRuntime().halt(exitCode(RECEIVED.get()));
    }
    System.err.println(
        "[helm-oci-tck] "
            + signal
            + ": stopping the running cases, cleaning up and writing the "
            + "reports (at most "
            + grace.toSeconds()
            + "s; "
            + signal
            + " again to stop at once)");
    RunInterruption.request(signal);
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(grace.toMillis());
              } catch (InterruptedException e) {
                return;
              }
              System.err.println(
                  "[helm-oci-tck] not finished within "
                      + grace.toSeconds()
                      + "s of "
                      + signal
                      + "; stopping");
              Runtime.getRuntime().halt(exitCode(signal));
            },
            "helm-oci-tck-interrupt-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
