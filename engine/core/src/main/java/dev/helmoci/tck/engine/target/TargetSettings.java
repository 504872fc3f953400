package dev.helmoci.tck.engine.target;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/** The target part of the configuration, handed to a {@link TargetProvider}. */
public record TargetSettings(
    Optional<URI> url,
    Optional<Credentials> credentials,
    TlsOptions tls,
    Function<String, Optional<String>> parameters) {

  public Optional<String> parameter(String key) {
    return parameters.apply(key);
  }
}
