package dev.helmoci.tck.client.internal.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentCopyTest {

  @Test
  void runsAtMostThreeAtOnceAndAllOfThem() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    // Three tasks meet at a latch: only three running side by side let them pass.
    CountDownLatch meet = new CountDownLatch(3);
    List<ConcurrentCopy.Task> tasks = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      tasks.add(
          () -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            meet.countDown();
            try {
              assertThat(meet.await(10, TimeUnit.SECONDS)).isTrue();
              Thread.sleep(20);
            } catch (InterruptedException e) {
              throw new IOException(e);
            }
            inFlight.decrementAndGet();
            done.incrementAndGet();
          });
    }
    ConcurrentCopy.run(tasks, ConcurrentCopy.ORAS_CONCURRENCY);
    assertThat(done).hasValue(7);
    assertThat(most).hasValue(3);
  }

  @Test
  void theFirstFailureInListOrderIsTheOneThrown() {
    CountDownLatch secondFailed = new CountDownLatch(1);
    List<ConcurrentCopy.Task> tasks =
        List.of(
            () -> {
              // Fails after the second task did: list order, not timing, picks the error.
              try {
                secondFailed.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                throw new IOException(e);
              }
              throw new IOException("first");
            },
            () -> {
              secondFailed.countDown();
              throw new IOException("second");
            });
    assertThatThrownBy(() -> ConcurrentCopy.run(tasks, 3))
        .isInstanceOf(IOException.class)
        .hasMessage("first");
  }

  @Test
  void anUncheckedFailureKeepsItsType() {
    List<ConcurrentCopy.Task> tasks =
        List.of(
            () -> {},
            () -> {
              throw new IllegalStateException("failed to perform \"Push\" on destination");
            });
    assertThatThrownBy(() -> ConcurrentCopy.run(tasks, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Push");
  }

  @Test
  void workersInheritWhatTheCallerCarries() throws Exception {
    InheritableThreadLocal<String> step = new InheritableThreadLocal<>();
    step.set("step 7");
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    ConcurrentCopy.run(List.of(() -> seen.add(step.get()), () -> seen.add(step.get())), 3);
    assertThat(seen).containsExactly("step 7", "step 7");
  }
}
