package dev.helmoci.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

/**
 * Cases lock the repositories they touch, named the same whether reached by http path, push or
 * pull.
 */
class ExclusiveResourceTest {

  @Test
  void httpPathsWithVarsLockTheRepository() {
    EngineDiscoveryResults results =
        TestSuites.engine().selectors(selectPackage(TestSuites.PACKAGE)).discover();
    assertThat(keys(results, "tag-list"))
        .containsExactly("helm-oci-tck.repository:${namespace}/demo");
    assertThat(keys(results, "api-version")).isEmpty();
  }

  @Test
  void pushAndPullOfOneChartLockTheSameRepository() {
    EngineDiscoveryResults results =
        TestSuites.engine().selectors(selectPackage(TestSuites.PACKAGE)).discover();
    assertThat(keys(results, "push-demo")).contains("helm-oci-tck.repository:${namespace}/demo");
    assertThat(keys(results, "pull-demo"))
        .containsExactly("helm-oci-tck.repository:${namespace}/demo");
  }

  private static java.util.List<String> keys(EngineDiscoveryResults results, String caseId) {
    return ((CaseDescriptor) DiscoveryTest.find(results, caseId))
        .getExclusiveResources().stream().map(ExclusiveResource::getKey).sorted().toList();
  }
}
