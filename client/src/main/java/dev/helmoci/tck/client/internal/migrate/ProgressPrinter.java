package dev.helmoci.tck.client.internal.migrate;

import dev.helmoci.tck.client.migrate.MigrationListener;
import dev.helmoci.tck.client.migrate.VersionOutcome;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress lines for people and CI logs: {@code [ 12/200] MIGRATED demo 1.2.0 (3.1 versions/s, 0.4
 * MiB/s)}.
 */
public final class ProgressPrinter implements MigrationListener {
  private final PrintStream out;

  public ProgressPrinter(PrintStream out) {
    this.out = out;
  }

  @Override
  public void planned(int versions, int skippedByIndex) {
    out.println(
        "Planned "
            + versions
            + " chart versions"
            + (skippedByIndex > 0
                ? " (" + skippedByIndex + " invalid index entries skipped, as helm skips them)"
                : ""));
  }

  @Override
  public synchronized void finished(
      VersionOutcome o, int done, int total, long bytes, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
    int width = Integer.toString(total).length();
    out.println(
        String.format(
            Locale.ROOT,
            "[%" + width + "d/%d] %-8s %s %s%s (%.1f versions/s, %.2f MiB/s)",
            done,
            total,
            o.status(),
            o.chart(),
            o.version(),
            o.reason().isEmpty() ? "" : ": " + o.reason(),
            done / seconds,
            bytes / seconds / (1024 * 1024)));
  }
}
