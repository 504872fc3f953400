package dev.helmoci.tck.client.action;

import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code path.Join} and {@code path.Clean}, which Helm uses to build push references. */
final class GoPath {
  private GoPath() {
  }

  static String join(String... elements) {
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

  static String clean(String path) {
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
}
