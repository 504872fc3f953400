package dev.helmoci.tck.client.transport;

/**
 * Sees every HTTP exchange that reaches the network (each redirect hop, retry and token call), with
 * secrets already redacted. Reports and tests subscribe here instead of reading logs.
 */
@FunctionalInterface
public interface ExchangeObserver {
  ExchangeObserver NONE = exchange -> {};

  /** Called once per exchange, after the response headers arrive or the attempt fails. */
  void onExchange(RecordedExchange exchange);
}
