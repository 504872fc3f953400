package dev.helmoci.tck.client.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Re-sends a request according to a {@link RetryPolicy}, but only when its body can be sent
 * again (no body, or a body that is not one-shot), like oras-go's {@code retry.Transport}.
 */
final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;

  RetryInterceptor(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean replayable = request.body() == null || !request.body().isOneShot();
    for (int attempt = 0; ; attempt++) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        Optional<Duration> wait = replayable ? policy.afterFailure(attempt, e) : Optional.empty();
        if (wait.isEmpty()) {
          throw e;
        }
        sleep(wait.get());
        continue;
      }
      Optional<Duration> wait = replayable
          ? policy.afterResponse(attempt, response.code(), response.header("Retry-After"))
          : Optional.empty();
      if (wait.isEmpty()) {
        return response;
      }
      response.close();
      sleep(wait.get());
    }
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
