package dev.helmoci.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.helmoci.tck.engine.run.StepErrorException;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.TestAbortedException;

/** Each of the six outcomes, as JUnit reports it. */
class OutcomeTest {

  private RegistryStub registry;

  @BeforeEach
  void start() throws IOException {
    registry = new RegistryStub();
  }

  @AfterEach
  void stop() throws IOException {
    registry.close();
  }

  private Events runOutcomesSuite() {
    EngineExecutionResults results =
        TestSuites.engine()
            .selectors(selectClasspathResource(TestSuites.OUTCOMES_SUITE))
            .configurationParameter(Constants.TARGET_URL_PROPERTY_NAME, registry.url())
            .configurationParameter("helm-oci-tck.driver.fake.missing", "show")
            .execute();
    return results.testEvents();
  }

  @Test
  void passIsSuccessful() {
    runOutcomesSuite()
        .assertThatEvents()
        .haveExactly(1, event(test("case:passes"), finishedSuccessfully()));
  }

  @Test
  void failIsAnAssertionErrorNamingStepPositionAndRequest() {
    runOutcomesSuite()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("case:fails"),
                finishedWithFailure(
                    instanceOf(AssertionError.class),
                    message(
                        m ->
                            m.startsWith(
                                    "step 1 'http' GET /v2/${namespace}/missing/manifests/1.0.0 at "
                                        + "outcomes.suite.yaml:16:9 (GET "
                                        + registry.url()
                                        + "/v2/tck-test/missing/manifests/1.0.0)")
                                && m.endsWith("expected status 200 but was 404")))));
  }

  @Test
  void unsupportedIsAborted() {
    runOutcomesSuite()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("case:unsupported"),
                abortedWithReason(
                    instanceOf(TestAbortedException.class),
                    message(
                        m ->
                            m.startsWith("unsupported: step 1 'http'")
                                && m.endsWith("answered HTTP 404")))));
  }

  @Test
  void disabledByDriverCapabilityIsSkippedWithReason() {
    runOutcomesSuite()
        .assertThatEvents()
        .haveExactly(
            1,
            event(test("case:disabled"), skippedWithReason("disabled: driver 'fake' cannot show")));
  }

  @Test
  void errorIsAnyOtherException() {
    runOutcomesSuite()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("case:errors"),
                finishedWithFailure(
                    instanceOf(StepErrorException.class),
                    message(
                        m ->
                            m.contains("outcomes.suite.yaml:")
                                && m.contains("fixture 'charts/does-not-exist.tgz'")))));
  }

  @Test
  void blockedIsSkippedNamingTheFailedDependency() {
    runOutcomesSuite()
        .assertThatEvents()
        .haveExactly(1, event(test("case:blocked"), skippedWithReason("blocked by fails (fail)")));
  }

  @Test
  void everyCaseHasExactlyOneOutcome() {
    runOutcomesSuite()
        .assertStatistics(stats -> stats.started(4).succeeded(1).failed(2).aborted(1).skipped(2));
  }

  @Test
  void disabledByProfileIsSkippedWithReason() {
    Events events =
        TestSuites.engine()
            .selectors(selectClasspathResource(TestSuites.REGISTRY_SUITE))
            .configurationParameter(Constants.TARGET_URL_PROPERTY_NAME, registry.url())
            .configurationParameter(Constants.PROFILES_PROPERTY_NAME, "push")
            .execute()
            .testEvents();
    events.assertStatistics(stats -> stats.skipped(2).started(0));
    events
        .assertThatEvents()
        .haveExactly(
            2,
            event(
                skippedWithReason(
                    "disabled: suite profiles [core] are not selected (helm-oci-tck.profiles=push)")));
    assertThat(registry.requestCount()).isZero();
  }

  @Test
  void disabledByHelmVersionIsSkippedWithReason() {
    Events events =
        TestSuites.engine()
            .selectors(selectClasspathResource(TestSuites.REGISTRY_SUITE))
            .configurationParameter(Constants.TARGET_URL_PROPERTY_NAME, registry.url())
            .configurationParameter("helm-oci-tck.driver.fake.helm-version", "3.19.0")
            .execute()
            .testEvents();
    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("case:tag-list"),
                skippedWithReason("disabled: case needs Helm 4, driver 'fake' is Helm 3.19.0")));
    events
        .assertThatEvents()
        .haveExactly(1, event(test("case:api-version"), finishedSuccessfully()));
  }

  @Test
  void stepTimeoutsFailAndRetriesRepeatUntilTheExpectationHolds() {
    Events events =
        TestSuites.engine()
            .selectors(selectClasspathResource("dev/helmoci/tck/engine/outcomes/timing.suite.yaml"))
            .configurationParameter(Constants.TARGET_URL_PROPERTY_NAME, registry.url())
            .execute()
            .testEvents();
    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("case:times-out"),
                finishedWithFailure(
                    instanceOf(AssertionError.class),
                    message(
                        m ->
                            m.startsWith(
                                "step 1 'http' GET /v2/slow at "
                                    + "timing.suite.yaml:8:9: timed out after 300ms waiting for GET /v2/slow")))));
    events.assertThatEvents().haveExactly(1, event(test("case:retries"), finishedSuccessfully()));
    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("case:gives-up"),
                finishedWithFailure(message(m -> m.endsWith("expected status 200 but was 404")))));
    // flaky answered 503, 503, 200: three requests; never answered 404 twice: two; plus the slow
    // one.
    assertThat(registry.requestCount()).isEqualTo(6);
  }

  @Test
  void httpExpectationsOnHeadersJsonAndCapturesPass() {
    Events events =
        TestSuites.engine()
            .selectors(selectClasspathResource(TestSuites.REGISTRY_SUITE))
            .configurationParameter(Constants.TARGET_URL_PROPERTY_NAME, registry.url())
            .execute()
            .testEvents();
    events.assertStatistics(stats -> stats.started(2).succeeded(2));
  }
}
