package dev.helmoci.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Cases run concurrently when parallelism allows, and never two at once on one repository.
 * Concurrency is proven by the server seeing two requests in flight, not by timing.
 */
class ParallelExecutionTest {

  private static final String SUITE = "dev/helmoci/tck/engine/parallel/parallel.suite.yaml";

  @Test
  void casesOverlapButNotOnTheSameRepository() throws IOException {
    ConcurrencyProbe probe = new ConcurrencyProbe();
    run(probe, "4");
    assertThat(probe.maxInFlight.get()).isGreaterThanOrEqualTo(2);
    assertThat(probe.sameRepositoryOverlap).isFalse();
  }

  @Test
  void parallelismOneRunsOneCaseAtATime() throws IOException {
    ConcurrencyProbe probe = new ConcurrencyProbe();
    run(probe, "1");
    assertThat(probe.maxInFlight.get()).isEqualTo(1);
  }

  private static void run(ConcurrencyProbe probe, String parallelism) throws IOException {
    try (RegistryStub registry = new RegistryStub(probe)) {
      TestSuites.engine()
          .selectors(selectClasspathResource(SUITE))
          .configurationParameter(Constants.TARGET_URL_PROPERTY_NAME, registry.url())
          .configurationParameter(Constants.PARALLELISM_PROPERTY_NAME, parallelism)
          .execute()
          .testEvents()
          .assertStatistics(stats -> stats.started(4).succeeded(4));
    }
  }

  /** Holds each request until a second one arrives (or briefly), recording what overlapped. */
  private static final class ConcurrencyProbe extends Dispatcher {

    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final Map<String, AtomicInteger> perRepository = new ConcurrentHashMap<>();
    final CountDownLatch twoArrived = new CountDownLatch(2);
    volatile boolean sameRepositoryOverlap;

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      String repository = request.getPath().replaceAll("^/v2/(.+)/tags/list$", "$1");
      AtomicInteger mine = perRepository.computeIfAbsent(repository, r -> new AtomicInteger());
      if (mine.incrementAndGet() > 1) {
        sameRepositoryOverlap = true;
      }
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        twoArrived.countDown();
        twoArrived.await(500, TimeUnit.MILLISECONDS);
        Thread.sleep(50); // leave room for a wrongly scheduled same-repository case to show up
        return new MockResponse().setBody("{\"tags\":[]}");
      } finally {
        inFlight.decrementAndGet();
        mine.decrementAndGet();
      }
    }
  }
}
