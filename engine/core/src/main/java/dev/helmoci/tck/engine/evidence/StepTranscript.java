package dev.helmoci.tck.engine.evidence;

import dev.helmoci.tck.client.transport.RecordedExchange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;

/**
 * What one YAML step caused, in the order it happened: every HTTP exchange the reference client
 * made (from its {@code ExchangeObserver}, secrets already replaced), every helm command (command
 * line, exit code, output), and the raw {@code http} step's request and response. A step runs on a
 * thread of its own; the engine binds the step's transcript to that thread ({@link #during}), and
 * drivers write to whichever transcript is bound, so a driver shared by several cases never mixes
 * their records. The engine redacts the whole text once more, with the run's secrets, when the case
 * ends.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class StepTranscript {
  /** A step that streams a large body or loops must not fill the heap with its record. */
  static final int LIMIT = 256 * 1024;

  // Inheritable: threads a step starts (the client copies a chart's blobs on threads of its own, as
  // oras-go does; retag and migrate run pools) record into the step that started them.
  private static final ThreadLocal<StepTranscript> BOUND = new InheritableThreadLocal<>();

  private final StringBuilder text = new StringBuilder();
  private int dropped;
  private int droppedExchanges;
  private long droppedExchangeMillis;

  /** Runs {@code work} with this transcript bound to the calling thread. */
  public <T> T during(Callable<T> work) throws Exception {
    StepTranscript previous = BOUND.get();
    BOUND.set(this);
    try {
      return work.call();
    } finally {
      BOUND.set(previous);
    }
  }

  /**
   * The transcript bound to the calling thread: a step that hands work to threads of its own binds
   * it there too ({@link #during}), or records into it directly ({@link #record}).
   */
  public static Optional<StepTranscript> current() {
    return Optional.ofNullable(BOUND.get());
  }

  /**
   * Records an exchange in the transcript bound to this thread, if any (the client's observer calls
   * this).
   */
  public static void exchange(RecordedExchange exchange) {
    StepTranscript bound = BOUND.get();
    if (bound != null) {
      bound.record(exchange);
    }
  }

  /** Records an exchange in this transcript, from whichever thread made it. */
  public void record(RecordedExchange exchange) {
    StringBuilder e =
        new StringBuilder("> ")
            .append(exchange.method())
            .append(' ')
            .append(exchange.url())
            .append('\n');
    headers(e, exchange.requestHeaders());
    exchange
        .requestBody()
        .ifPresent(body -> e.append("  body: ").append(indent(body.toString())).append('\n'));
    if (exchange.status() == 0) {
      e.append("< failed after ")
          .append(exchange.duration().toMillis())
          .append(" ms: ")
          .append(exchange.failure().orElse(""))
          .append('\n');
    } else {
      e.append("< ")
          .append(exchange.status())
          .append(" (")
          .append(exchange.duration().toMillis())
          .append(" ms)\n");
      headers(e, exchange.responseHeaders());
      exchange
          .responseBody()
          .ifPresent(body -> e.append("  body: ").append(indent(body.toString())).append('\n'));
    }
    append(e.append('\n').toString(), exchange.duration().toMillis());
  }

  /** Records a helm command in the transcript bound to this thread, if any. */
  public static void command(
      List<String> command, int exitCode, String stdout, String stderr, Duration took) {
    StepTranscript bound = BOUND.get();
    if (bound != null) {
      bound.append(
          "$ "
              + String.join(" ", command)
              + "\n  exit "
              + exitCode
              + " after "
              + took.toMillis()
              + " ms\n"
              + block("stdout", stdout)
              + block("stderr", stderr)
              + "\n");
    }
  }

  /**
   * Records a piece of step evidence ({@code http.request}, {@code driver.output}, …) in the bound
   * transcript.
   */
  public static void note(String key, String value) {
    StepTranscript bound = BOUND.get();
    if (bound != null) {
      bound.append("[" + key + "]\n" + value + (value.endsWith("\n") ? "" : "\n") + "\n");
    }
  }

  /**
   * The record; when it outgrew {@link #LIMIT}, a last line says what was left out, with the
   * exchanges that are not shown and their summed time, so a reader (and the benchmark's time
   * split) still knows how long the step waited on the registry.
   */
  public synchronized String text() {
    if (dropped == 0) {
      return text.toString();
    }
    String exchanges =
        droppedExchanges == 0
            ? ""
            : "; among them "
                + droppedExchanges
                + " exchanges, "
                + droppedExchangeMillis
                + " ms waiting on the registry";
    return text + "… (" + dropped + " more characters dropped" + exchanges + ")\n";
  }

  private void append(String part) {
    append(part, -1);
  }

  /** {@code exchangeMillis} is the exchange's duration when the part records one, else -1. */
  private synchronized void append(String part, long exchangeMillis) {
    int room = LIMIT - text.length();
    if (part.length() <= room) {
      text.append(part);
      return;
    }
    text.append(part, 0, Math.max(room, 0));
    dropped += part.length() - Math.max(room, 0);
    // A part cut short may still show its status line; only parts left out whole are counted.
    if (exchangeMillis >= 0 && room <= 0) {
      droppedExchanges++;
      droppedExchangeMillis += exchangeMillis;
    }
  }

  private static void headers(StringBuilder out, Map<String, List<String>> headers) {
    headers.forEach(
        (name, values) ->
            values.forEach(v -> out.append("  ").append(name).append(": ").append(v).append('\n')));
  }

  private static String indent(String text) {
    return text.strip().replace("\n", "\n    ");
  }

  private static String block(String name, String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    return "  " + name + ":\n    " + text.strip().replace("\n", "\n    ") + "\n";
  }
}
