package dev.helmoci.tck.benchmarks;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress lines on stderr, each with the time since the run started, so a long benchmark shows it
 * is alive.
 */
final class Progress {
  private final PrintStream err;
  private final long started = System.nanoTime();

  Progress(PrintStream err) {
    this.err = err;
  }

  void line(String text) {
    long s = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    err.printf("[bench %3d:%02d] %s%n", s / 60, s % 60, text);
    err.flush();
  }
}
