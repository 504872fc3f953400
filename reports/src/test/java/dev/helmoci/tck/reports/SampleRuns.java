package dev.helmoci.tck.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Results shaped like a real run's: a failing case with its transcript, a pass, a warning, a
 * disabled case.
 */
public final class SampleRuns {
  public static final String FAILING_CASE = "pull-by-digest";
  public static final String TRANSCRIPT_MARK =
      "GET http://127.0.0.1:5000/v2/charts/demo/manifests/sha256:";

  private SampleRuns() {}

  public static RunInfo info(String product, String version, String driver, String helm) {
    return new RunInfo(
        "0.1.0-SNAPSHOT",
        "0123456789abcdef0123456789abcdef01234567",
        "embedded zot",
        "embedded " + product + " " + version + " (minimal)",
        product,
        version,
        driver,
        helm,
        Instant.parse("2026-12-01T10:00:00Z"),
        Instant.parse("2026-12-01T10:05:00Z"),
        "ci-host",
        List.of("helm-core"),
        true,
        true,
        "",
        Map.of("driver", driver, "username", "****"),
        Map.of("dev/helmoci/tck/suites/pull.suite.yaml", "ab".repeat(32)),
        Map.of("name", "Acme Registry"));
  }

  public static RunResults run(String product, String version, String driver) {
    RunResults results = new RunResults(info(product, version, driver, "3.22.0"));
    String suite = "dev/helmoci/tck/suites/pull.suite.yaml";
    results.add(
        new CaseResult(
            "helm pull",
            FAILING_CASE,
            "helm pull by digest gets the pushed bytes",
            List.of("pull", "digest"),
            "MUST",
            Outcome.FAIL,
            "step 2 pull at pull.suite.yaml:30:9 (GET …): expected status 200 but was 404",
            suite + ":25",
            Duration.ofMillis(420),
            "breaks helm pull (Helm >=3.8)",
            List.of("helm-core"),
            List.of(
                "helm-source: pkg/registry/client.go https://github.com/helm/helm/blob/main/pkg/registry/client.go"),
            List.of(
                new StepEvidence(
                    1,
                    "step",
                    "push chart",
                    "pull.suite.yaml:28:9",
                    "passed",
                    Duration.ofMillis(200),
                    "> PUT http://127.0.0.1:5000/v2/charts/demo/manifests/0.1.0\n< 201 (12 ms)\n"),
                new StepEvidence(
                    2,
                    "step",
                    "pull by digest",
                    "pull.suite.yaml:30:9",
                    "AssertionFailedError",
                    Duration.ofMillis(220),
                    "> "
                        + TRANSCRIPT_MARK
                        + "abc\n  Authorization: Bearer REDACTED\n< 404 (3 ms)\n"))));
    results.add(
        new CaseResult(
            "helm push",
            "push-basic",
            "helm push stores the chart",
            List.of("push"),
            "MUST",
            Outcome.PASS,
            "",
            suite + ":10",
            Duration.ofMillis(300),
            "breaks helm push",
            List.of("helm-core"),
            List.of(),
            List.of()));
    results.add(
        new CaseResult(
            "tags",
            "tags-sorted",
            "tags come back sorted",
            List.of("tags"),
            "SHOULD",
            Outcome.WARN,
            "expected JSON /tags to be sorted",
            suite + ":40",
            Duration.ofMillis(50),
            "deviates",
            List.of("helm-core"),
            List.of(),
            List.of()));
    return results;
  }
}
