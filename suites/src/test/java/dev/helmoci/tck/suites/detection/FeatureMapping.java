package dev.helmoci.tck.suites.detection;

import dev.helmoci.tck.fixtures.fault.HelmFeature;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which suite feature names ({@code verifies}, JUnit tag {@code feature:<name>}) stand for each
 * Helm feature a fault breaks. Mostly the lower-case name; the exceptions are where the suites
 * split one Helm feature in two:
 *
 * <ul>
 *   <li>LOGIN → {@code login}, {@code logout} (both are the credential store's round trip)
 *   <li>PULL → {@code pull}, {@code show} ({@code helm show} pulls the chart before printing it)
 *   <li>DEPENDENCY → {@code dependency}, {@code dependency-update} (the step type's name)
 * </ul>
 */
final class FeatureMapping {
  private static final Map<HelmFeature, Set<String>> NAMES = new EnumMap<>(HelmFeature.class);

  static {
    for (HelmFeature feature : HelmFeature.values()) {
      NAMES.put(feature, Set.of(feature.name().toLowerCase(java.util.Locale.ROOT)));
    }
    NAMES.put(HelmFeature.LOGIN, Set.of("login", "logout"));
    NAMES.put(HelmFeature.PULL, Set.of("pull", "show"));
    NAMES.put(HelmFeature.DEPENDENCY, Set.of("dependency", "dependency-update"));
  }

  private FeatureMapping() {}

  /** The suite feature names that stand for any of {@code features}. */
  static Set<String> suiteFeatures(Set<HelmFeature> features) {
    Set<String> names = new TreeSet<>();
    features.forEach(f -> names.addAll(NAMES.get(f)));
    return names;
  }
}
