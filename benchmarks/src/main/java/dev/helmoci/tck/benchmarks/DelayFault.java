package dev.helmoci.tck.benchmarks;

import dev.helmoci.tck.fixtures.fault.Fault;
import dev.helmoci.tck.fixtures.fault.ProxyResponse;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * A network round trip added to every exchange: the proxy holds each request for the delay before
 * forwarding it. One wait per request is what a far registry costs a client that keeps its
 * connections; a client that opens new connections pays more on a real network (TCP handshake), so
 * this delay is a lower bound for such a client.
 */
final class DelayFault implements Fault {
  private final long millis;

  DelayFault(long millis) {
    this.millis = millis;
  }

  @Override
  public ProxyResponse intercept(Chain chain) throws IOException {
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("delay interrupted");
      }
    }
    return chain.proceed(chain.request());
  }
}
