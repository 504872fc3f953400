package dev.helmoci.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.helmoci.tck.client.transport.RecordedExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * Driver steps, captures, dependencies, evidence, the ledger, and secrets kept out of every output.
 */
class ExecutionTest {

  private static final String PASSWORD = "s3cr3t-Pa55word";

  @Test
  void driverStepsPushThenPullInDependencyOrderAndFillTheLedger(@TempDir Path output)
      throws IOException {
    try (RegistryStub registry = new RegistryStub()) {
      EngineExecutionResults results =
          TestSuites.engine()
              .selectors(selectClasspathResource(TestSuites.DRIVER_SUITE))
              .configurationParameter(Constants.TARGET_URL_PROPERTY_NAME, registry.url())
              .configurationParameter(Constants.TARGET_USERNAME_PROPERTY_NAME, "tck")
              .configurationParameter(Constants.TARGET_PASSWORD_PROPERTY_NAME, PASSWORD)
              .configurationParameter(Constants.OUTPUT_DIRECTORY_PROPERTY_NAME, output.toString())
              .execute();
      results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
      List<String> order =
          results.testEvents().started().stream()
              .map(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getValue())
              .toList();
      assertThat(order).containsExactly("push-demo", "pull-demo");
      List<String> ledger = Files.readAllLines(output.resolve("ledger-test.jsonl"));
      // Write-ahead: the repository is named before the push is sent (the stub archive is not a
      // chart, so the
      // remote's path stands for it), the manifest once its digest is known.
      assertThat(ledger).hasSize(2);
      assertThat(ledger.get(0))
          .contains(
              "\"kind\":\"repository\"", "\"case\":\"push-demo\"", "\"repository\":\"tck-test\"");
      assertThat(ledger.get(1))
          .contains(
              "\"kind\":\"manifest\"",
              "\"case\":\"push-demo\"",
              "\"repository\":\"tck-test/demo\"",
              "\"reference\":\"" + registry.url().substring(7) + "/tck-test/demo:0.1.0\"",
              "\"digest\":\"sha256:");
      assertThat(reportEntries(results))
          .anyMatch(
              value ->
                  value.contains("step 2 'push'")
                      && value.contains("driver.suite.yaml:")
                      && value.contains("passed in"));
    }
  }

  @Test
  void secretsNeverReachMessagesOrEvidence() throws IOException {
    try (RegistryStub registry = new RegistryStub()) {
      EngineExecutionResults results =
          TestSuites.engine()
              .selectors(
                  selectClasspathResource("dev/helmoci/tck/engine/outcomes/secrets.suite.yaml"))
              .configurationParameter(Constants.TARGET_URL_PROPERTY_NAME, registry.url())
              .configurationParameter(Constants.TARGET_USERNAME_PROPERTY_NAME, "tck")
              .configurationParameter(Constants.TARGET_PASSWORD_PROPERTY_NAME, PASSWORD)
              .execute();
      results
          .testEvents()
          .assertThatEvents()
          .haveExactly(
              1,
              event(
                  test("case:leaks-nothing"),
                  finishedWithFailure(message(m -> m.contains("echo: password is ****")))));
      String basic =
          Base64.getEncoder().encodeToString(("tck:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      String everything =
          results.allEvents().stream().map(Event::toString).collect(Collectors.joining("\n"))
              + String.join("\n", reportEntries(results))
              + results.testEvents().failed().stream()
                  .map(
                      e ->
                          e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                              .orElseThrow()
                              .getThrowable()
                              .orElseThrow()
                              .getMessage())
                  .collect(Collectors.joining("\n"));
      assertThat(everything)
          .contains("echo: password is ****")
          .doesNotContain(PASSWORD)
          .doesNotContain(basic);
      // The request is in the step's transcript from the client's exchange record; the run's
      // redaction masks
      // the password even in a header the client has no reason to think secret.
      assertThat(reportEntries(results))
          .anyMatch(value -> value.contains("X-Echo: password is ****"));
    }
  }

  @Test
  void httpStepsExchangeCredentialsForATokenOnABearerChallenge() throws IOException {
    String basic = okhttp3.Credentials.basic("tck", PASSWORD);
    okhttp3.mockwebserver.Dispatcher tokenAuth =
        new okhttp3.mockwebserver.Dispatcher() {
          @Override
          public okhttp3.mockwebserver.MockResponse dispatch(
              okhttp3.mockwebserver.RecordedRequest request) {
            String realm =
                "http://"
                    + request.getRequestUrl().host()
                    + ":"
                    + request.getRequestUrl().port()
                    + "/token";
            okhttp3.HttpUrl url = request.getRequestUrl();
            if (url.encodedPath().equals("/token")
                && "stub".equals(url.queryParameter("service"))
                && "repository:tck-test/demo:pull".equals(url.queryParameter("scope"))
                && basic.equals(request.getHeader("Authorization"))) {
              return new okhttp3.mockwebserver.MockResponse()
                  .setBody("{\"access_token\":\"tok-1\"}");
            }
            if ("Bearer tok-1".equals(request.getHeader("Authorization"))) {
              return new okhttp3.mockwebserver.MockResponse().setBody("{\"tags\":[]}");
            }
            return new okhttp3.mockwebserver.MockResponse()
                .setResponseCode(401)
                .setHeader(
                    "WWW-Authenticate",
                    "Bearer realm=\""
                        + realm
                        + "\",service=\"stub\",scope=\"repository:tck-test/demo:pull\"");
          }
        };
    try (RegistryStub registry = new RegistryStub(tokenAuth)) {
      EngineExecutionResults results =
          TestSuites.engine()
              .selectors(
                  selectClasspathResource("dev/helmoci/tck/engine/outcomes/bearer.suite.yaml"))
              .configurationParameter(Constants.TARGET_URL_PROPERTY_NAME, registry.url())
              .configurationParameter(Constants.TARGET_USERNAME_PROPERTY_NAME, "tck")
              .configurationParameter(Constants.TARGET_PASSWORD_PROPERTY_NAME, PASSWORD)
              .execute();
      results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
      assertThat(registry.requestCount()).isEqualTo(3);
      // Anonymous first, then the token call and the retry with the token, as oras-go's auth client
      // sends.
      assertThat(String.join("\n", reportEntries(results)))
          .contains("/token?scope=repository%3Atck-test%2Fdemo%3Apull&service=stub")
          .contains("Authorization: Bearer " + RecordedExchange.REDACTED)
          .doesNotContain("tok-1");
    }
  }

  private static List<String> reportEntries(EngineExecutionResults results) {
    return results.allEvents().stream()
        .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
        .flatMap(e -> e.getPayload(ReportEntry.class).stream())
        .flatMap(entry -> entry.getKeyValuePairs().values().stream())
        .collect(Collectors.toList());
  }
}
