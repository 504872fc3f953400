package dev.helmoci.tck.client.internal.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One deadline for a whole command, however many requests, retries and token calls it makes:
 * {@value #VARIABLE} (Go duration syntax: {@code 90s}, {@code 5m}, {@code 1h30m}; default 10m).
 * Helm has none (its HTTP client waits forever on a silent registry); a CI job wants an answer.
 */
public final class CommandDeadline {
  static final String VARIABLE = "HELM_OCI_TIMEOUT";
  static final Duration DEFAULT = Duration.ofMinutes(10);
  private static final Pattern PART = Pattern.compile("(\\d+)(h|m|s|ms)");

  private CommandDeadline() {}

  static Duration fromEnvironment(Map<String, String> environment) {
    String value = environment.get(VARIABLE);
    return value == null || value.isBlank() ? DEFAULT : parse(value.trim());
  }

  /** A Go {@code time.ParseDuration} subset: whole numbers of h, m, s, ms. */
  static Duration parse(String value) {
    Matcher part = PART.matcher(value);
    Duration total = Duration.ZERO;
    int end = 0;
    while (part.find() && part.start() == end) {
      long n = Long.parseLong(part.group(1));
      total =
          total.plus(
              switch (part.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
              });
      end = part.end();
    }
    if (end != value.length() || total.isZero()) {
      throw new IllegalArgumentException(
          VARIABLE + "=" + value + " is not a duration such as 90s, 5m or 1h30m");
    }
    return total;
  }

  /**
   * Runs {@code command}; past {@code limit}, reports the timeout and returns 1 while the command
   * is abandoned.
   */
  static int run(Callable<Integer> command, Duration limit, PrintWriter err) {
    FutureTask<Integer> task = new FutureTask<>(command);
    Thread worker = new Thread(task, "helm-oci-command");
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      err.println(
          "Error: timed out after "
              + limit.toSeconds()
              + "s ("
              + VARIABLE
              + ") waiting for the registry");
      err.flush();
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
