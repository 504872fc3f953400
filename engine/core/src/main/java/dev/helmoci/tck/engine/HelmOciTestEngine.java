package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.driver.DriverFactory;
import dev.helmoci.tck.engine.run.RunContext;
import dev.helmoci.tck.engine.target.TargetProvider;
import dev.helmoci.tck.engine.target.UrlTargetProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.hierarchical.ForkJoinPoolHierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;
import org.junit.platform.engine.support.hierarchical.SameThreadHierarchicalTestExecutorService;

/**
 * The Helm OCI TCK as a JUnit Platform engine ({@value Constants#ENGINE_ID}): runs {@code
 * *.suite.yaml} suites against a registry. Tree: engine → suite (file) → case (test).
 * Configuration: {@link Constants}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HelmOciTestEngine extends HierarchicalTestEngine<HelmOciExecutionContext> {

  @Override
  public String getId() {
    return Constants.ENGINE_ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("dev.helmoci.tck");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("helm-oci-tck-engine");
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    HelmOciEngineDescriptor engine = new HelmOciEngineDescriptor(uniqueId);
    DiscoveryIssueReporter issues =
        DiscoveryIssueReporter.deduplicating(
            DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
    TckConfiguration configuration = TckConfiguration.of(request.getConfigurationParameters());
    for (String problem : configuration.problems()) {
      issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.ERROR, problem));
    }
    new DiscoverySelectorResolver().resolveSelectors(request, engine, issues);
    configuration.shard().ifPresent(shard -> new ShardFilter(shard).apply(engine));
    return engine;
  }

  @Override
  protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
    int parallelism = TckConfiguration.of(request.getConfigurationParameters()).parallelism();
    if (parallelism <= 1) {
      return new SameThreadHierarchicalTestExecutorService();
    }
    return new ForkJoinPoolHierarchicalTestExecutorService(new FixedParallelism(parallelism));
  }

  @Override
  protected HelmOciExecutionContext createExecutionContext(ExecutionRequest request) {
    TckConfiguration configuration = TckConfiguration.of(request.getConfigurationParameters());
    List<TargetProvider> providers = new ArrayList<>(List.of(new UrlTargetProvider()));
    ServiceLoader.load(TargetProvider.class).forEach(providers::add);
    List<DriverFactory> drivers = new ArrayList<>();
    ServiceLoader.load(DriverFactory.class).forEach(drivers::add);
    RunContext run = new RunContext(configuration.runSettings(), providers, drivers);
    return new HelmOciExecutionContext(
        run,
        new CaseOutcomes(),
        new OutcomeMapper(configuration.strict(), configuration.expectations()),
        request.getEngineExecutionListener(),
        configuration.profiles());
  }

  /**
   * A fixed-size pool, as JUnit's "fixed" strategy, sized by {@link
   * Constants#PARALLELISM_PROPERTY_NAME}.
   */
  private record FixedParallelism(int getParallelism) implements ParallelExecutionConfiguration {

    @Override
    public int getMinimumRunnable() {
      return getParallelism;
    }

    @Override
    public int getMaxPoolSize() {
      return getParallelism + 256;
    }

    @Override
    public int getCorePoolSize() {
      return getParallelism;
    }

    @Override
    public int getKeepAliveSeconds() {
      return 30;
    }

    @Override
    public Predicate<? super ForkJoinPool> getSaturatePredicate() {
      return pool -> true;
    }
  }
}
