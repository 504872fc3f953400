package dev.helmoci.tck.engine.driver;

import dev.helmoci.tck.engine.target.Target;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a driver gets: the open target, a private working directory (its Helm config, registry
 * config, cache), and read access to configuration parameters such as {@code
 * helm-oci-tck.driver.helm3.binary}.
 */
public record DriverSettings(
    Target target, Path workDirectory, Function<String, Optional<String>> parameters) {

  public Optional<String> parameter(String key) {
    return parameters.apply(key);
  }
}
