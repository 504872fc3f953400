package dev.helmoci.tck.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.engine.CaseSelector;
import dev.helmoci.tck.engine.evidence.CaseRecord;
import dev.helmoci.tck.fixtures.fault.Fault;
import dev.helmoci.tck.fixtures.fault.FaultOptions;
import dev.helmoci.tck.fixtures.fault.FaultProxy;
import dev.helmoci.tck.fixtures.fault.Faults;
import dev.helmoci.tck.fixtures.registry.BasicCredentials;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import dev.helmoci.tck.reports.Outcome;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The case → fault table, proven for every catalogued fault but token-scope-ignored (which needs a
 * token-auth registry with a pull-only account): each fault, in a proxy in front of a clean
 * distribution 3, turns the named cases red (fail or warn, not skipped or unsupported) through the
 * reference driver, and the same cases pass through a clean proxy. Scoring every case against every
 * fault is the detection test's job.
 */
class FaultBitesIT {
  private static final BasicCredentials CREDENTIALS =
      new BasicCredentials("tck", "fault-bites-password");
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static EmbeddedRegistry registry;

  @BeforeAll
  static void startRegistry() {
    registry =
        RequiredPeers.registry(RegistryFlavor.DISTRIBUTION_3, RegistryLauncher.Mode.PROCESS)
            .auth(RegistryAuth.htpasswd(CREDENTIALS.username(), CREDENTIALS.password()))
            .start();
  }

  @AfterAll
  static void stopRegistry() throws Exception {
    if (registry != null) {
      registry.close();
    }
  }

  @Test
  void theSampledCasesPassThroughACleanProxy() {
    Map<String, String> outcomes = run(Fault.NONE, ALL_SAMPLED);
    assertThat(outcomes)
        .hasSize(ALL_SAMPLED.length)
        .allSatisfy((id, outcome) -> assertThat(outcome).as(id).isEqualTo("pass"));
  }

  @ParameterizedTest(name = "{0} turns {1} red")
  @CsvSource(
      delimiter = '|',
      value = {
        "manifest-wrong-content-type | push-manifest-shape pull-round-trip manifest-content-type-exact",
        "docker-content-digest-wrong | docker-content-digest-correct pull-by-digest digest-version-mismatch",
        "docker-content-digest-missing | digest-version-mismatch resolve-tag head-manifest-headers",
        "tags-ignore-pagination | latest-stable-without-version range-tilde-and-interval",
        "tags-unsorted-duplicates | tag-list-complete-no-duplicates tags-in-helm-order",
        "tag-list-missing-build-metadata | plus-resolved-from-range",
        "underscore-tags-rejected | plus-stored-as-underscore underscore-back-to-plus-on-pull tag-128-characters",
        "tags-list-forbidden | latest-stable-without-version devel-picks-prerelease",
        "untagged-manifest-not-served | manifest-put-by-digest-then-tag smoke-push-pull",
        "prov-layer-dropped | pull-with-prov",
        "layer-order-changed | layer-order-preserved prov-layers-digest-sorted",
        "annotations-dropped | annotations-preserved push-manifest-shape",
        "reject-manifest-without-mediatype | manifest-without-media-type push-manifest-shape",
        "legacy-layer-rejected | legacy-layer-accepted",
        "head-get-disagree | head-get-agree-blob unknown-manifest-head",
        "blob-gzip-encoded | blob-served-uncompressed",
        "blob-corrupted | pull-round-trip push-chart-layer-exact",
        "concurrent-upload-500 | concurrent-upload-sessions",
        "upload-location-other-host | upload-session-same-origin",
        "index-children-not-served | index-children-served index-pull",
        "manifest-404-as-500 | unknown-repository-manifest pull-unknown-version-not-found",
        "error-envelope-not-json | error-envelope unknown-repository-tags",
        "401-without-www-authenticate | login-ping-challenge login-succeeds",
        "login-accepts-any-credentials | login-wrong-password-refused",
        "anonymous-push-accepted | anonymous-push-refused anonymous-pull-refused",
        "multi-level-repo-refused | push-multi-level-repository",
        "tag-overwrite-refused | push-repush-moves-tag tag-moves-on-overwrite",
        "link-other-origin | latest-stable-without-version range-caret",
        "manifest-served-as-docker-v2 | pull-round-trip manifest-get-by-tag-accept",
        "manifest-served-as-schema1 | pull-round-trip manifest-content-type-exact",
        "manifest-chunked-without-digest | pull-round-trip head-get-agree-manifest",
        "head-without-content-length | head-get-agree-blob head-manifest-headers push-repush-identical",
        "config-media-type-rewritten | helm-config-media-type-accepted pull-round-trip",
        "config-media-type-rejected | helm-config-media-type-accepted smoke-push-pull",
        "untagged-manifest-put-refused | manifest-put-by-digest-then-tag smoke-push-pull",
        "manifest-put-200 | manifest-put-by-digest-then-tag smoke-push-pull",
        "upload-post-200 | upload-session-same-origin blob-round-trip smoke-push-pull",
        "upload-put-200 | blob-round-trip smoke-push-pull",
        "repository-not-auto-created | smoke-push-pull pull-round-trip",
        "blob-trailing-bytes | pull-round-trip push-config-blob-exact",
        "blob-truncated | pull-round-trip",
        "index-child-wrong-content-type | index-children-served index-pull",
      })
  void faultTurnsCasesRed(String faultId, String caseIds) {
    String[] cases = caseIds.trim().split("\\s+");
    FaultOptions options = FaultOptions.defaults().withUpstreamCredentials(CREDENTIALS);
    Map<String, String> outcomes = run(Faults.named(faultId.trim()).create(options), cases);
    // Red: fail where the case says helm breaks, warn where it says helm tolerates the deviation.
    assertThat(outcomes)
        .hasSize(cases.length)
        .allSatisfy(
            (id, outcome) -> assertThat(outcome).as(id + " under " + faultId).isIn("fail", "warn"));
  }

  private static final String[] ALL_SAMPLED = {
    "push-manifest-shape",
    "pull-round-trip",
    "manifest-content-type-exact",
    "docker-content-digest-correct",
    "pull-by-digest",
    "digest-version-mismatch",
    "resolve-tag",
    "head-manifest-headers",
    "latest-stable-without-version",
    "range-tilde-and-interval",
    "tag-list-complete-no-duplicates",
    "tags-in-helm-order",
    "plus-stored-as-underscore",
    "plus-resolved-from-range",
    "underscore-back-to-plus-on-pull",
    "tag-128-characters",
    "devel-picks-prerelease",
    "manifest-put-by-digest-then-tag",
    "smoke-push-pull",
    "pull-with-prov",
    "layer-order-preserved",
    "prov-layers-digest-sorted",
    "annotations-preserved",
    "manifest-without-media-type",
    "legacy-layer-accepted",
    "legacy-layer-pull",
    "head-get-agree-blob",
    "unknown-manifest-head",
    "blob-served-uncompressed",
    "push-chart-layer-exact",
    "concurrent-upload-sessions",
    "upload-session-same-origin",
    "index-children-served",
    "index-pull",
    "unknown-repository-manifest",
    "pull-unknown-version-not-found",
    "error-envelope",
    "unknown-repository-tags",
    "manifest-blob-unknown",
    "login-ping-challenge",
    "login-succeeds",
    "login-wrong-password-refused",
    "anonymous-push-refused",
    "anonymous-pull-refused",
    "push-multi-level-repository",
    "push-remote-with-basename-nests",
    "push-repush-moves-tag",
    "tag-moves-on-overwrite",
    "range-caret",
    "manifest-get-by-tag-accept",
    "head-get-agree-manifest",
    "push-repush-identical",
    "helm-config-media-type-accepted",
    "blob-round-trip",
    "push-config-blob-exact"
  };

  /**
   * Runs {@code caseIds} through the reference driver against a proxy with {@code fault}: id →
   * outcome.
   */
  private static Map<String, String> run(Fault fault, String... caseIds) {
    try (FaultProxy proxy = FaultProxy.start(registry.baseUrl(), fault)) {
      LauncherDiscoveryRequestBuilder request =
          LauncherDiscoveryRequestBuilder.request()
              .selectors(Arrays.stream(caseIds).map(CaseSelector::selectCase).toList())
              .filters(EngineFilter.includeEngines("helm-oci-tck"))
              .configurationParameter(
                  "junit.platform.execution.listeners.deactivate", "io.qameta.allure.*")
              .configurationParameter("helm-oci-tck.target.provider", "url")
              .configurationParameter("helm-oci-tck.target.url", proxy.baseUrl().toString())
              .configurationParameter("helm-oci-tck.target.username", CREDENTIALS.username())
              .configurationParameter("helm-oci-tck.target.password", CREDENTIALS.password())
              .configurationParameter("helm-oci-tck.target.plain-http", "true")
              .configurationParameter("helm-oci-tck.driver", "reference")
              .configurationParameter("helm-oci-tck.run-id", "bites-" + RUNS.incrementAndGet());
      Outcomes outcomes = new Outcomes();
      LauncherFactory.create().execute(request.build(), outcomes);
      return outcomes.byCase;
    }
  }

  /**
   * Case id → outcome label, as the engine recorded it ({@link CaseRecord}); a reason is kept for
   * non-pass.
   */
  private static final class Outcomes implements TestExecutionListener {
    final Map<String, String> byCase = new ConcurrentHashMap<>();

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
      CaseRecord.of(entry)
          .ifPresent(
              r ->
                  byCase.put(
                      r.caseId(),
                      r.outcome() == Outcome.PASS
                              || r.outcome() == Outcome.FAIL
                              || r.outcome() == Outcome.WARN
                          ? r.outcome().label()
                          : r.outcome().label() + ": " + r.reason()));
    }
  }
}
