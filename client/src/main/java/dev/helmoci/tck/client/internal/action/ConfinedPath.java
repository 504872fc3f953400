package dev.helmoci.tck.client.internal.action;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code securejoin.SecureJoin(root, unsafe)} (github.com/cyphar/filepath-securejoin), which Helm's
 * {@code chartutil.Expand} uses for every file it writes: {@code ..} stops at the root, and a
 * symlink met on the way, already on disk, is followed as if the root were {@code /}, so nothing
 * resolves outside it.
 */
public final class ConfinedPath {
  private static final int MAX_LINKS = 255;

  private ConfinedPath() {}

  static Path join(Path root, String unsafe) throws IOException {
    Deque<String> pending = new ArrayDeque<>();
    push(pending, unsafe);
    Deque<String> resolved = new ArrayDeque<>();
    int links = 0;
    while (!pending.isEmpty()) {
      String part = pending.pop();
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        resolved.pollLast();
        continue;
      }
      Path candidate = root.resolve(String.join("/", resolved)).resolve(part);
      if (!Files.isSymbolicLink(candidate)) {
        resolved.addLast(part);
        continue;
      }
      if (++links > MAX_LINKS) {
        throw new HelmException("securejoin: too many links in " + unsafe);
      }
      String target = Files.readSymbolicLink(candidate).toString().replace('\\', '/');
      if (target.startsWith("/")) {
        resolved.clear();
      }
      push(pending, target);
    }
    Path out = root;
    for (String part : resolved) {
      out = out.resolve(part);
    }
    if (!out.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize())) {
      throw new HelmException(
          "chart illegally contains content outside the base directory: " + unsafe);
    }
    return out;
  }

  private static void push(Deque<String> pending, String path) {
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      pending.push(parts[i]);
    }
  }
}
