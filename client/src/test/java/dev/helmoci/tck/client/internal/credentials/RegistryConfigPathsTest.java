package dev.helmoci.tck.client.internal.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryConfigPathsTest {

  @Test
  void helmPathPrecedence() {
    assertThat(
            RegistryConfigPaths.helmRegistryConfig(
                Map.of(
                    "HELM_REGISTRY_CONFIG",
                    "/x/c.json",
                    "HELM_CONFIG_HOME",
                    "/h",
                    "HOME",
                    "/home/u")))
        .isEqualTo(Path.of("/x/c.json"));
    assertThat(
            RegistryConfigPaths.helmRegistryConfig(
                Map.of("HELM_CONFIG_HOME", "/h", "XDG_CONFIG_HOME", "/xdg")))
        .isEqualTo(Path.of("/h/registry/config.json"));
    assertThat(
            RegistryConfigPaths.helmRegistryConfig(
                Map.of("XDG_CONFIG_HOME", "/xdg", "HOME", "/home/u")))
        .isEqualTo(Path.of("/xdg/helm/registry/config.json"));
    assertThat(RegistryConfigPaths.helmRegistryConfig(Map.of("HOME", "/home/u")))
        .isEqualTo(Path.of("/home/u/.config/helm/registry/config.json"));
  }

  @Test
  void dockerPath() {
    assertThat(RegistryConfigPaths.dockerConfig(Map.of("DOCKER_CONFIG", "/d", "HOME", "/home/u")))
        .isEqualTo(Path.of("/d/config.json"));
    assertThat(RegistryConfigPaths.dockerConfig(Map.of("HOME", "/home/u")))
        .isEqualTo(Path.of("/home/u/.docker/config.json"));
  }
}
