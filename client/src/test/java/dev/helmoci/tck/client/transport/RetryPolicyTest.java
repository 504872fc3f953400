package dev.helmoci.tck.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final RetryPolicy NO_JITTER =
      new RetryPolicy(
          5,
          Duration.ofMillis(250),
          2.0,
          0.1,
          Duration.ofMillis(200),
          Duration.ofSeconds(3),
          () -> 0.5);

  @Test
  void exponentialBackoffClampedToThreeSeconds() {
    assertThat(NO_JITTER.afterResponse(0, 503, null)).contains(Duration.ofMillis(250));
    assertThat(NO_JITTER.afterResponse(1, 500, null)).contains(Duration.ofMillis(500));
    assertThat(NO_JITTER.afterResponse(3, 502, null)).contains(Duration.ofMillis(2000));
    assertThat(NO_JITTER.afterResponse(4, 504, null)).contains(Duration.ofSeconds(3));
    assertThat(NO_JITTER.afterResponse(5, 503, null)).isEmpty();
  }

  @Test
  void jitterIsTenPercent() {
    RetryPolicy high =
        new RetryPolicy(
            5,
            Duration.ofMillis(250),
            2.0,
            0.1,
            Duration.ofMillis(200),
            Duration.ofSeconds(3),
            () -> 1.0);
    assertThat(high.afterResponse(1, 503, null)).contains(Duration.ofMillis(550));
  }

  @Test
  void onlyTimeoutsAndRetryableStatusesAreRetried() {
    assertThat(NO_JITTER.afterResponse(0, 408, null)).isPresent();
    assertThat(NO_JITTER.afterResponse(0, 429, null)).isPresent();
    assertThat(NO_JITTER.afterResponse(0, 404, null)).isEmpty();
    assertThat(NO_JITTER.afterResponse(0, 401, null)).isEmpty();
    assertThat(NO_JITTER.afterFailure(0, new SocketTimeoutException("read timed out"))).isPresent();
    assertThat(NO_JITTER.afterFailure(0, new IOException("connection refused"))).isEmpty();
  }

  @Test
  void retryAfterIsHonouredOnlyFor429AndClamped() {
    assertThat(NO_JITTER.afterResponse(0, 429, "2")).contains(Duration.ofSeconds(2));
    assertThat(NO_JITTER.afterResponse(0, 429, "60")).contains(Duration.ofSeconds(3));
    assertThat(NO_JITTER.afterResponse(0, 503, "2")).contains(Duration.ofMillis(250));
    assertThat(NO_JITTER.afterResponse(0, 429, "Wed, 21 Oct 2015 07:28:00 GMT"))
        .contains(Duration.ofMillis(250));
  }
}
