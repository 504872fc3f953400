package dev.helmoci.tck.client.action;

import dev.helmoci.tck.client.chart.LoaderWarning;
import dev.helmoci.tck.client.internal.golang.Strconv;
import java.io.PrintStream;

/**
 * Where Helm's user-visible lines go. Registry-client messages ({@code Pushed:}, {@code Pulled:},
 * {@code Digest:}, the underscore notice) move between stdout and stderr across Helm versions.
 */
public final class Messages {
  private final PrintStream stdout;
  private final PrintStream stderr;
  private final HelmEmulation helm;

  public Messages(PrintStream stdout, PrintStream stderr, HelmEmulation helm) {
    this.stdout = stdout;
    this.stderr = stderr;
    this.helm = helm;
  }

  /** Discards everything: for library use where the caller reads results instead. */
  public static Messages silent(HelmEmulation helm) {
    PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
    return new Messages(sink, sink, helm);
  }

  /** A line of Helm's registry client writer. */
  public void registry(String line) {
    (helm.messagesOnStdout() ? stdout : stderr).println(line);
  }

  /** A line Helm prints on stdout in every version (pull output, show output, dependency lines). */
  public void out(String line) {
    stdout.println(line);
  }

  public void warn(String line) {
    stderr.println(line);
  }

  /**
   * A warning of Helm's chart loader, on stderr as each major logs it: Helm 3 through Go's {@code
   * log} with {@code Lshortfile} (cmd/helm/helm.go) and no time; Helm 4 through {@code log}
   * redirected to slog's text handler with the time removed (internal/logging/logging.go), so
   * {@code level=INFO msg="…"}.
   */
  public void loaderWarning(LoaderWarning warning) {
    if (warning == LoaderWarning.REQUIREMENTS_LOCK && helm.major() == 3 && helm.minor() < 17) {
      return; // load.go has the requirements.lock warning since 3.17 (absent in 3.14.4, present in
      // 3.17.4)
    }
    stderr.println(
        helm.major() >= 4
            ? "level=INFO msg=" + Strconv.quote(warning.text())
            : "load.go:" + warning.helm3Line() + ": " + warning.text());
  }

  public PrintStream stdout() {
    return stdout;
  }
}
