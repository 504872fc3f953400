package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Suites are data from strangers: a path a suite names stays under its allowed root — a fixture
 * under the suite's folder, a file the case writes under the case's work directory. A literal that
 * leaves it ({@code ../…}, an absolute path) is a discovery error at its {@code file:line:column};
 * a value known only at run time (a captured {@code ${…}}) is checked when the step runs, after
 * symbolic links are resolved, so a link cannot get around it.
 */
public final class ConfinedPaths {
  private ConfinedPaths() {}

  /**
   * Adds a discovery problem when {@code key}'s literal value would leave the folder it is resolved
   * against.
   */
  static void check(YamlMapping mapping, String key, String root) {
    mapping
        .string(key)
        .flatMap(value -> escape(value, root))
        .ifPresent(
            problem -> mapping.problems().add(mapping.value(key).orElse(mapping.node()), problem));
  }

  /**
   * Why {@code value}, resolved against {@code root}, leaves it; empty when it stays or is known
   * only later.
   */
  static Optional<String> escape(String value, String root) {
    if (value.contains("${")) {
      return Optional.empty();
    }
    if (value.isBlank() || value.indexOf('\0') >= 0 || escapes(value)) {
      return Optional.of(
          "'" + value + "' leaves " + root + "; paths in a suite are relative and stay inside it");
    }
    return Optional.empty();
  }

  /**
   * Whether a run-time {@code value} would leave the folder it is resolved against, before links
   * count.
   */
  public static boolean escapes(String value) {
    Path path = Path.of(value);
    return path.isAbsolute() || path.normalize().startsWith("..");
  }

  /**
   * {@code root.resolve(relative)} when it stays under {@code root} once links are resolved (as far
   * as it exists); otherwise an error naming {@code what}.
   */
  public static Path confine(Path root, String relative, String what) throws IOException {
    Path candidate = root.resolve(relative).normalize();
    Path realRoot = root.toRealPath();
    if (!candidate.startsWith(root.normalize()) || !real(candidate).startsWith(realRoot)) {
      throw new IOException(
          what + " '" + relative + "' leaves " + root + " (paths in a suite stay inside it)");
    }
    return candidate;
  }

  /** The real path of the longest existing prefix of {@code path}, with the rest appended. */
  private static Path real(Path path) throws IOException {
    Path existing = path;
    Path rest = Path.of("");
    while (existing != null && !Files.exists(existing)) {
      rest = existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    return existing == null ? path : existing.toRealPath().resolve(rest).normalize();
  }
}
