package dev.helmoci.tck.suites.detection;

import java.util.Set;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Keeps only the cases tagged {@code feature:<name>} for one of the given names: under a fault, the
 * only cases that can catch it (as mutation testing runs only the tests that cover a mutant).
 *
 * <p>A kept case whose {@code dependsOn} names a left-out case would be blocked ("not run"); the
 * report lists such cases, and {@code -Dhelm-oci-tck.detection.prune=false} runs every case under
 * every fault.
 */
final class FeatureFilter implements PostDiscoveryFilter {
  private final Set<String> features;

  FeatureFilter(Set<String> features) {
    this.features = Set.copyOf(features);
  }

  @Override
  public FilterResult apply(TestDescriptor descriptor) {
    if (!descriptor.isTest()) {
      return FilterResult.included("a container");
    }
    boolean covers =
        descriptor.getTags().stream()
            .map(t -> t.getName())
            .anyMatch(
                n ->
                    n.startsWith("feature:")
                        && features.contains(n.substring("feature:".length())));
    return FilterResult.includedIf(
        covers, () -> "verifies one of " + features, () -> "verifies none of " + features);
  }
}
