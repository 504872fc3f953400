package dev.helmoci.tck.client.internal.credentials;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * oras-go's default native store on Linux: {@code pass} when the {@code pass} program exists, else
 * {@code secretservice}, and only when its {@code docker-credential-<name>} is on PATH.
 */
public final class NativeHelpers {
  private NativeHelpers() {}

  static Optional<String> defaultHelper(Map<String, String> env) {
    String platform = onPath(env, "pass").isPresent() ? "pass" : "secretservice";
    return onPath(env, "docker-credential-" + platform).map(p -> platform);
  }

  static Optional<Path> onPath(Map<String, String> env, String program) {
    for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, program);
        if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
