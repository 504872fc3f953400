package dev.helmoci.tck.client.internal.credentials;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Helm and Docker keep registry credentials, resolved from an explicit environment map (never
 * {@code System.getenv()} here, so tests stay hermetic). Linux layout.
 */
public final class RegistryConfigPaths {
  private RegistryConfigPaths() {}

  /**
   * Helm's file: {@code $HELM_REGISTRY_CONFIG}, else {@code
   * $HELM_CONFIG_HOME/registry/config.json}, else {@code
   * $XDG_CONFIG_HOME/helm/registry/config.json}, else {@code ~/.config/helm/registry/config.json}.
   */
  public static Path helmRegistryConfig(Map<String, String> env) {
    Optional<String> explicit = value(env, "HELM_REGISTRY_CONFIG");
    if (explicit.isPresent()) {
      return Path.of(explicit.get());
    }
    Path configHome =
        value(env, "HELM_CONFIG_HOME")
            .map(Path::of)
            .orElseGet(
                () ->
                    value(env, "XDG_CONFIG_HOME")
                        .map(Path::of)
                        .orElseGet(() -> home(env).resolve(".config"))
                        .resolve("helm"));
    return configHome.resolve("registry").resolve("config.json");
  }

  /**
   * Docker's file, read as a fallback: {@code $DOCKER_CONFIG/config.json} or {@code
   * ~/.docker/config.json}.
   */
  public static Path dockerConfig(Map<String, String> env) {
    return value(env, "DOCKER_CONFIG")
        .map(Path::of)
        .orElseGet(() -> home(env).resolve(".docker"))
        .resolve("config.json");
  }

  private static Path home(Map<String, String> env) {
    return Path.of(value(env, "HOME").orElse(System.getProperty("user.home")));
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isEmpty());
  }
}
