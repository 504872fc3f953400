package dev.helmoci.tck.engine.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;

/**
 * How many cases run at once when {@code --parallelism} is {@code auto} (the default), and why. A
 * run against a registry on this machine is CPU-bound (the kit and the registry share the cores),
 * so one at a time; against a registry a round trip away, cases mostly wait, so eight overlap their
 * waits. The threshold and the eight come from {@code ./tck bench}'s latency sweep (issue 14): at
 * 50 ms the suite took 3.69x its loopback time at 1, 2.54x at 4 and 1.86x at 8. The round trip is
 * one TCP connect to the registry (the best of three), which needs no credentials.
 */
public record ParallelismChoice(int value, String reason) {
  static final String AUTO = "auto";

  /** Below this round trip a registry counts as local. */
  static final Duration LOCAL = Duration.ofMillis(5);

  static final int REMOTE_PARALLELISM = 8;
  private static final int CONNECT_TIMEOUT_MILLIS = 2000;

  static ParallelismChoice resolve(String option, String target) {
    if (!AUTO.equals(option)) {
      int n;
      try {
        n = Integer.parseInt(option);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "--parallelism takes a number of cases or 'auto', not '" + option + "'");
      }
      if (n < 1) {
        throw new IllegalArgumentException("--parallelism must be at least 1, not " + n);
      }
      return new ParallelismChoice(n, "--parallelism " + n);
    }
    if (target == null || target.isBlank()) {
      return new ParallelismChoice(
          1,
          "auto: the embedded registry shares this machine's cores, so cases run one at a "
              + "time");
    }
    URI uri = URI.create(target.contains("://") ? target : "https://" + target);
    int port = uri.getPort() > 0 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
    if (loopback(uri.getHost())) {
      // No measurement on this machine: a connect slowed by a loaded scheduler must not pick 8 for
      // a local registry.
      return new ParallelismChoice(
          1,
          "auto: the registry is on this machine ("
              + uri.getHost()
              + "), so cases run "
              + "one at a time");
    }
    Duration rtt = roundTrip(uri.getHost(), port);
    if (rtt == null) {
      return new ParallelismChoice(
          1,
          "auto: "
              + uri.getHost()
              + ":"
              + port
              + " did not accept a connection to "
              + "measure its round trip, so cases run one at a time");
    }
    return forRoundTrip(rtt);
  }

  /** The choice for a registry {@code rtt} away. */
  public static ParallelismChoice forRoundTrip(Duration rtt) {
    if (rtt.compareTo(LOCAL) < 0) {
      return new ParallelismChoice(
          1,
          "auto: the registry answers in "
              + rtt.toMillis()
              + " ms (local), so cases run "
              + "one at a time");
    }
    return new ParallelismChoice(
        REMOTE_PARALLELISM,
        "auto: the registry is "
            + rtt.toMillis()
            + " ms away, so "
            + REMOTE_PARALLELISM
            + " cases run at once to overlap their waits (--parallelism N to choose)");
  }

  private static boolean loopback(String host) {
    try {
      return host != null && java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  private static Duration roundTrip(String host, int port) {
    Duration best = null;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        best = best == null || took.compareTo(best) < 0 ? took : best;
      } catch (IOException | IllegalArgumentException e) {
        return best;
      }
    }
    return best;
  }
}
