package dev.helmoci.tck.client.internal.golang;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Go's {@code path} package for slash-separated names: {@code Clean}, which Helm's chart loader
 * applies to archive entry names, and {@code Join}, with which {@code helm push} builds the
 * reference (Go {@code src/path/path.go}). Checked against real Go by {@code GoVectorsIT}.
 */
public final class GoPath {
  private GoPath() {}

  /** {@code path.Clean}: the shortest equivalent name; {@code "."} for an empty result. */
  public static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!rooted) {
          parts.addLast("..");
        }
      } else {
        parts.addLast(part);
      }
    }
    String cleaned = String.join("/", parts);
    if (rooted) {
      return "/" + cleaned;
    }
    return cleaned.isEmpty() ? "." : cleaned;
  }

  /**
   * {@code path.Join}: the non-empty elements joined by slashes, then cleaned; empty when all are
   * empty.
   */
  public static String join(String... elements) {
    StringBuilder joined = new StringBuilder();
    for (String e : elements) {
      if (e.isEmpty()) {
        continue;
      }
      if (joined.length() > 0) {
        joined.append('/');
      }
      joined.append(e);
    }
    return joined.length() == 0 ? "" : clean(joined.toString());
  }
}
