package dev.helmoci.tck.engine.driver.reference;

import dev.helmoci.tck.client.transport.SharedConnections;
import dev.helmoci.tck.engine.target.Target;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One connection pool per target for the whole run. The driver makes a fresh client per call (each
 * helm command is a fresh process), and each client used to bring its own pool: a suite run opened
 * ~213 connections for ~1,400 requests (issue 14). Weak keys: a target the run dropped takes its
 * pool with it.
 */
final class TargetConnections {
  /**
   * Enough idle connections for the widest parallelism the kit is run at, with room for blob
   * uploads.
   */
  private static final int MAX_IDLE = 16;

  private static final Map<Target, SharedConnections> POOLS = new WeakHashMap<>();

  private TargetConnections() {}

  static synchronized SharedConnections of(Target target) {
    return POOLS.computeIfAbsent(target, t -> SharedConnections.create(MAX_IDLE));
  }
}
