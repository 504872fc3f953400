package dev.helmoci.tck.engine.cleanup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Independent deletions a few at a time: against a registry 50 ms away, one DELETE after another
 * made cleanup of a run with a 600-tag repository and a 210-version migration take minutes. Fresh
 * daemon threads per call, so nested use (repositories, then each one's tags) cannot starve.
 */
final class Fanout {
  private Fanout() {}

  /** Runs {@code action} on every item, at most {@code width} at once; returns when all ended. */
  static <T> void forEach(Collection<T> items, int width, Consumer<T> action) {
    if (items.size() <= 1 || width <= 1) {
      items.forEach(action);
      return;
    }
    ExecutorService workers =
        Executors.newFixedThreadPool(
            Math.min(width, items.size()),
            r -> {
              Thread t = new Thread(r, "cleanup");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (T item : items) {
        running.add(workers.submit(() -> action.accept(item)));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }
}
