package dev.helmoci.tck.benchmarks;

import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.Tools;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one benchmark run measures against: zot and distribution 3 as processes on free loopback
 * ports (htpasswd, plain HTTP; processes, not containers, so no Docker time is in any number), helm
 * 3 and 4, the distribution's launchers, and one isolated helm home per client that is logged in to
 * every registry.
 */
final class Peers implements AutoCloseable {
  static final String USERNAME = "bench";
  static final String PASSWORD = "bench-secret";

  private final List<EmbeddedRegistry> registries = new ArrayList<>();
  private final Map<String, EmbeddedRegistry> byName = new LinkedHashMap<>();
  private final Tools tools = Tools.fromEnvironment();
  private final Path work;
  private final Path distribution;

  private Peers(Path work, Path distribution) {
    this.work = work;
    this.distribution = distribution;
  }

  static Peers start(List<String> registryNames, Path work, Path distribution, Progress progress) {
    if (!Files.isExecutable(distribution.resolve("bin/helm-oci"))) {
      throw new IllegalStateException(
          "no launcher at "
              + distribution.resolve("bin/helm-oci")
              + "; build the distribution first (mvn install -DskipTests)");
    }
    Peers peers = new Peers(work, distribution);
    try {
      for (String name : registryNames) {
        RegistryFlavor flavor =
            switch (name) {
              case "zot" -> RegistryFlavor.ZOT;
              case "distribution" -> RegistryFlavor.DISTRIBUTION_3;
              case "distribution-2" -> RegistryFlavor.DISTRIBUTION_2;
              default ->
                  throw new IllegalArgumentException(
                      "unknown registry " + name + " (zot, distribution, distribution-2)");
            };
        EmbeddedRegistry registry =
            RegistryLauncher.of(flavor, RegistryLauncher.Mode.PROCESS)
                .auth(RegistryAuth.htpasswd(USERNAME, PASSWORD))
                .start();
        peers.registries.add(registry);
        peers.byName.put(name, registry);
        progress.line("started " + registry.description() + " at " + registry.hostPort());
      }
      return peers;
    } catch (RuntimeException e) {
      peers.close();
      throw e;
    }
  }

  Map<String, EmbeddedRegistry> registries() {
    return byName;
  }

  Path work() {
    return work;
  }

  Path distribution() {
    return distribution;
  }

  Optional<Path> helm(Tool tool) {
    return tools.find(tool);
  }

  /**
   * A fresh helm home (config, cache, data, docker) logged in to every registry with real helm 3.
   */
  Path loggedInHome(String name) {
    HelmCli helm = new HelmCli(tools.require(Tool.HELM3), work.resolve("homes").resolve(name));
    for (EmbeddedRegistry registry : registries) {
      helm.run(
              List.of(
                  "registry",
                  "login",
                  registry.hostPort(),
                  "-u",
                  USERNAME,
                  "--password-stdin",
                  "--plain-http"),
              PASSWORD,
              HelmCli.DEFAULT_TIMEOUT)
          .requireSuccess();
    }
    return helm.home();
  }

  /**
   * The environment {@link HelmCli} gives helm, for any process that reads helm's configuration.
   */
  static Map<String, String> helmEnvironment(Path home) {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("HELM_CONFIG_HOME", home.resolve("config").toString());
    env.put("HELM_CACHE_HOME", home.resolve("cache").toString());
    env.put("HELM_DATA_HOME", home.resolve("data").toString());
    env.put("DOCKER_CONFIG", home.resolve("docker").toString());
    env.put("KUBECONFIG", home.resolve("kubeconfig").toString());
    return env;
  }

  /** A new empty directory under the run's work folder. */
  Path directory(String... names) {
    Path dir = work;
    for (String n : names) {
      dir = dir.resolve(n);
    }
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (EmbeddedRegistry registry : registries) {
      registry.close();
    }
    registries.clear();
  }
}
