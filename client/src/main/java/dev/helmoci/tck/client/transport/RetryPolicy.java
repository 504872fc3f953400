package dev.helmoci.tck.client.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before re-sending a request: oras-go's {@code retry.DefaultPolicy},
 * which Helm's default transport uses. Retries network timeouts, 408, 429 and 5xx up to {@code
 * maxRetries} times; waits {@code base × factor^attempt ± jitter}, clamped to [{@code minWait},
 * {@code maxWait}]; a 429's integer {@code Retry-After} wins when longer.
 */
public final class RetryPolicy {
  /** Helm's policy: 5 retries, 250 ms × 2, ±10 %, clamped to 200 ms – 3 s. */
  public static final RetryPolicy HELM_DEFAULT =
      new RetryPolicy(
          5,
          Duration.ofMillis(250),
          2.0,
          0.1,
          Duration.ofMillis(200),
          Duration.ofSeconds(3),
          Math::random);

  /**
   * Never retries; what Helm does when TLS flags make it build a bare transport (helm
   * cmd/helm/root.go newRegistryClientWithTLS, v4 pkg/cmd/root.go).
   */
  public static final RetryPolicy NONE =
      new RetryPolicy(0, Duration.ZERO, 1.0, 0.0, Duration.ZERO, Duration.ZERO, Math::random);

  private final int maxRetries;
  private final Duration base;
  private final double factor;
  private final double jitter;
  private final Duration minWait;
  private final Duration maxWait;
  private final DoubleSupplier random;

  public RetryPolicy(
      int maxRetries,
      Duration base,
      double factor,
      double jitter,
      Duration minWait,
      Duration maxWait,
      DoubleSupplier random) {
    this.maxRetries = maxRetries;
    this.base = base;
    this.factor = factor;
    this.jitter = jitter;
    this.minWait = minWait;
    this.maxWait = maxWait;
    this.random = random;
  }

  public int maxRetries() {
    return maxRetries;
  }

  /** A copy of this policy with other waits; tests use it to retry without sleeping. */
  public RetryPolicy withWaits(Duration newBase, Duration newMin, Duration newMax) {
    return new RetryPolicy(maxRetries, newBase, factor, jitter, newMin, newMax, random);
  }

  /**
   * The wait before retry number {@code attempt + 1} after a response, or empty when the response
   * is final.
   */
  public Optional<Duration> afterResponse(int attempt, int status, String retryAfterHeader) {
    if (attempt >= maxRetries || !retryableStatus(status)) {
      return Optional.empty();
    }
    Duration hinted = status == 429 ? parseRetryAfter(retryAfterHeader) : Duration.ZERO;
    return Optional.of(clamp(max(hinted, backoff(attempt))));
  }

  /** The wait after a transport failure, or empty when it must not be retried. */
  public Optional<Duration> afterFailure(int attempt, IOException failure) {
    if (attempt >= maxRetries || !isTimeout(failure)) {
      return Optional.empty();
    }
    return Optional.of(clamp(backoff(attempt)));
  }

  static boolean retryableStatus(int status) {
    return status == 408 || status == 429 || status == 0 || status >= 500;
  }

  private static boolean isTimeout(IOException failure) {
    // Go's net.Error.Timeout(): socket/read/connect timeouts, not refused connections.
    return failure instanceof InterruptedIOException;
  }

  private Duration backoff(int attempt) {
    double nanos = base.toNanos() * Math.pow(factor, attempt);
    nanos += nanos * jitter * (random.getAsDouble() * 2 - 1);
    return Duration.ofNanos((long) nanos);
  }

  private Duration clamp(Duration d) {
    if (d.compareTo(minWait) < 0) {
      return minWait;
    }
    return d.compareTo(maxWait) > 0 ? maxWait : d;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration parseRetryAfter(String header) {
    if (header == null) {
      return Duration.ZERO;
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return seconds > 0 ? Duration.ofSeconds(seconds) : Duration.ZERO;
    } catch (NumberFormatException e) {
      return Duration.ZERO; // HTTP-date values are ignored, as in oras-go
    }
  }
}
