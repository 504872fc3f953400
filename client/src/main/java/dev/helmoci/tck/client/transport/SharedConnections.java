package dev.helmoci.tck.client.transport;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;

/**
 * Keep-alive connections that outlive one client: every transport built from options carrying the
 * same instance reuses the same pool, so a run that makes a fresh client per helm command (as helm
 * starts a fresh process) still opens a handful of connections instead of one or more per command.
 * Connections carry no auth state: tokens and credentials stay per client. TLS connections are
 * shared too: each pool gets one socket factory per set of TLS options. Idle connections close
 * after five minutes, as OkHttp's default pool does.
 */
public final class SharedConnections {
  private final ConnectionPool pool;

  private SharedConnections(ConnectionPool pool) {
    this.pool = pool;
  }

  /** A pool keeping up to {@code maxIdle} idle connections. */
  public static SharedConnections create(int maxIdle) {
    return new SharedConnections(new ConnectionPool(maxIdle, 5, TimeUnit.MINUTES));
  }

  /** Open connections now, idle and in use: what a test or a benchmark can count. */
  public int connectionCount() {
    return pool.connectionCount();
  }

  /** Closes the idle connections, e.g. when the run ends. */
  public void evictAll() {
    pool.evictAll();
  }

  ConnectionPool pool() {
    return pool;
  }
}
