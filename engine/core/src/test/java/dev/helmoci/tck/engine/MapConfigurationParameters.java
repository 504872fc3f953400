package dev.helmoci.tck.engine;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.ConfigurationParameters;

/** Configuration parameters from a map, for configuration tests. */
record MapConfigurationParameters(Map<String, String> values) implements ConfigurationParameters {

  /**
   * A configuration read from {@code parameters}, with {@code environment} as the process
   * environment.
   */
  static TckConfiguration configuration(
      Map<String, String> parameters, Map<String, String> environment) {
    return new TckConfiguration(new MapConfigurationParameters(parameters), environment::get);
  }

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  @Override
  public Optional<Boolean> getBoolean(String key) {
    return get(key).map(Boolean::valueOf);
  }

  @Override
  public Set<String> keySet() {
    return values.keySet();
  }
}
