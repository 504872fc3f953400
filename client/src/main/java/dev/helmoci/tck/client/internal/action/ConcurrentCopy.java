package dev.helmoci.tck.client.internal.action;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The successors of a manifest copied a few at a time, as oras-go's {@code copyGraph} copies them:
 * at most {@code Concurrency} in flight ({@code defaultConcurrency = 3} in oras-go v2 {@code
 * copy.go}, "consistent with dockerd and containerd"), each one's existence check and upload on one
 * worker, and the first failure ending the copy. The workers are new threads of the caller, so what
 * the caller's thread carries in inheritable thread-locals (the kit's step transcript) follows the
 * requests.
 */
final class ConcurrentCopy {
  /** oras-go v2 {@code copy.go}: {@code defaultConcurrency}. */
  static final int ORAS_CONCURRENCY = 3;

  @FunctionalInterface
  interface Task {
    void run() throws IOException;
  }

  private ConcurrentCopy() {}

  /**
   * Runs every task, at most {@code concurrency} at once; throws the failure of the first task, in
   * list order, that failed (so the error a user sees does not depend on timing), after the others
   * were stopped.
   */
  static void run(List<Task> tasks, int concurrency) throws IOException {
    if (tasks.size() <= 1 || concurrency <= 1) {
      for (Task task : tasks) {
        task.run();
      }
      return;
    }
    ExecutorService workers =
        Executors.newFixedThreadPool(
            Math.min(concurrency, tasks.size()),
            r -> {
              Thread t = new Thread(r, "oci-copy");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Task task : tasks) {
        running.add(
            workers.submit(
                () -> {
                  task.run();
                  return null;
                }));
      }
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          workers.shutdownNow();
          throw rethrown(e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while copying to the registry");
    } finally {
      workers.shutdownNow();
    }
  }

  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }
}
