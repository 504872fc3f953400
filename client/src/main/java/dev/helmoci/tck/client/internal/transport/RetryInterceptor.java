package dev.helmoci.tck.client.internal.transport;

import dev.helmoci.tck.client.transport.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Re-sends a request according to a {@link RetryPolicy}, but only when its body can be sent again
 * (no body, or a body that is not one-shot), like oras-go's {@code retry.Transport}.
 */
public final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;

  /**
   * No retry starts once this much time went by: a silent registry costs one read timeout, not six.
   */
  private final Duration budget;

  public RetryInterceptor(RetryPolicy policy, Duration budget) {
    this.policy = policy;
    this.budget = budget;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean replayable = request.body() == null || !request.body().isOneShot();
    long first = System.nanoTime();
    for (int attempt = 0; ; attempt++) {
      Response response;
      long started = System.nanoTime();
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (e instanceof InterruptedIOException
            && !(e instanceof java.net.SocketTimeoutException)) {
          // The caller was cancelled (a step timeout, a signal); okio cleared the flag, so set it
          // again and stop.
          Thread.currentThread().interrupt();
          throw e;
        }
        boolean withinBudget = Duration.ofNanos(System.nanoTime() - first).compareTo(budget) < 0;
        Optional<Duration> wait =
            replayable && withinBudget ? policy.afterFailure(attempt, e) : Optional.empty();
        if (wait.isEmpty()) {
          throw named(e, request, started);
        }
        sleep(wait.get());
        continue;
      }
      Optional<Duration> wait =
          replayable
              ? policy.afterResponse(attempt, response.code(), response.header("Retry-After"))
              : Optional.empty();
      if (wait.isEmpty()) {
        return response;
      }
      response.close();
      sleep(wait.get());
    }
  }

  /** A timeout says how long it waited and for what (OkHttp's own message is just "timeout"). */
  private static IOException named(IOException e, Request request, long started) {
    if (!(e instanceof java.net.SocketTimeoutException) && !"timeout".equals(e.getMessage())) {
      return e;
    }
    long seconds = Math.max(1, Math.round((System.nanoTime() - started) / 1e9));
    java.net.SocketTimeoutException named =
        new java.net.SocketTimeoutException(
            "timed out after "
                + seconds
                + "s waiting for "
                + request.method()
                + " "
                + request.url().newBuilder().query(null).build());
    named.initCause(e);
    return named;
  }

  private static void sleep(Duration wait) throws InterruptedIOException {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }
}
