package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.fixtures.tools.HelmRelease;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drivers a {@code --helm} list names: releases ({@code 3.8.2}), the pinned {@code
 * helm3}/{@code helm4}, and the sets {@code tools/versions.env} defines ({@code default} =
 * HELM_MATRIX_DEFAULT, {@code ci} = HELM_MATRIX_CI and the pinned two). versions.env stays the one
 * place a version is written; it is found under {@code $TCK_HOME} (the kit's checkout, which {@code
 * ./tck} sets) or in a parent of the working directory.
 */
final class HelmReleaseSets {
  private static final Pattern ASSIGNMENT =
      Pattern.compile("(?m)^(HELM[A-Z0-9_]*)=\"?([^\"\\n]*)\"?\\s*$");

  private HelmReleaseSets() {}

  /**
   * The drivers, in order and without repeats: {@code helm@X.Y.Z} for releases, {@code
   * helm3}/{@code helm4}.
   */
  static List<String> drivers(List<String> items, Map<String, String> env) throws IOException {
    LinkedHashSet<String> drivers = new LinkedHashSet<>();
    for (String item : items) {
      String name = item.trim();
      switch (name) {
        case "helm3", "helm4" -> drivers.add(name);
        case "default" ->
            releases(versions(env), "HELM_MATRIX_DEFAULT").forEach(r -> drivers.add("helm@" + r));
        case "ci" -> {
          Map<String, String> v = versions(env);
          releases(v, "HELM_MATRIX_CI").forEach(r -> drivers.add("helm@" + r));
          drivers.add("helm3");
          drivers.add("helm4");
        }
        default -> drivers.add("helm@" + HelmRelease.parse(name).version());
      }
    }
    if (drivers.isEmpty()) {
      throw new IllegalArgumentException(
          "--helm names no release (want X.Y.Z, helm3, helm4, default or ci)");
    }
    return List.copyOf(drivers);
  }

  private static List<HelmRelease> releases(Map<String, String> versions, String key) {
    String list = versions.get(key);
    if (list == null || list.isBlank()) {
      throw new IllegalArgumentException("tools/versions.env defines no " + key);
    }
    List<HelmRelease> releases = new ArrayList<>();
    for (String v : list.trim().split("\\s+")) {
      releases.add(HelmRelease.parse(v));
    }
    return releases;
  }

  private static Map<String, String> versions(Map<String, String> env) throws IOException {
    Path file =
        find(env)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--helm default/ci need tools/versions.env: "
                            + "run from the kit's checkout or set TCK_HOME to it, or list releases (--helm 3.8.2,3.12.3)"));
    Map<String, String> values = new java.util.HashMap<>();
    Matcher m = ASSIGNMENT.matcher(Files.readString(file));
    while (m.find()) {
      values.put(m.group(1), m.group(2));
    }
    return values;
  }

  private static Optional<Path> find(Map<String, String> env) {
    String home = env.get("TCK_HOME");
    if (home != null
        && !home.isBlank()
        && Files.isRegularFile(Path.of(home, "tools", "versions.env"))) {
      return Optional.of(Path.of(home, "tools", "versions.env"));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("tools").resolve("versions.env"))) {
        return Optional.of(dir.resolve("tools").resolve("versions.env"));
      }
    }
    return Optional.empty();
  }
}
