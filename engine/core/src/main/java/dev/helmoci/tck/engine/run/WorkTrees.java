package dev.helmoci.tck.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removes a run's or command's work directory: helm homes and Docker configs in it hold
 * credentials, so nothing may outlive the run unless {@code --keep-work} asks for it. Symbolic
 * links are removed, never followed.
 */
public final class WorkTrees {
  private WorkTrees() {}

  public static void delete(Path root) {
    if (root == null || !Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException ignored) {
      // already gone, or gone while walking
    }
  }
}
