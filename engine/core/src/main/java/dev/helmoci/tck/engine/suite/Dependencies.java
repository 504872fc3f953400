package dev.helmoci.tck.engine.suite;

import dev.helmoci.tck.engine.yaml.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks {@code dependsOn} within a suite: every target exists and is valid, and there is no cycle.
 */
final class Dependencies {

  private final Problems problems;
  private final Map<String, Node> nodes;

  Dependencies(Problems problems, Map<String, Node> nodes) {
    this.problems = problems;
    this.nodes = nodes;
  }

  /**
   * Removes from {@code valid} every case whose dependencies are missing, invalid or cyclic,
   * reporting why.
   */
  void prune(Map<String, Case> valid) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Case c : new ArrayList<>(valid.values())) {
        for (String dependency : c.dependsOn()) {
          if (!valid.containsKey(dependency)) {
            problems.add(
                c.position(),
                "case '"
                    + c.id()
                    + "' depends on '"
                    + dependency
                    + "', which "
                    + (nodes.containsKey(dependency)
                        ? "has problems"
                        : "is not a case of this suite"));
            valid.remove(c.id());
            changed = true;
            break;
          }
        }
      }
    }
    for (Case c : new ArrayList<>(valid.values())) {
      if (valid.containsKey(c.id()) && reaches(valid, c.id(), c.id(), new HashSet<>())) {
        problems.add(c.position(), "case '" + c.id() + "' depends on itself through dependsOn");
        valid.remove(c.id());
      }
    }
    pruneOrphans(valid);
  }

  private void pruneOrphans(Map<String, Case> valid) {
    // Removing a cyclic case can orphan others; one more pass settles it.
    List<String> orphans =
        valid.values().stream()
            .filter(c -> c.dependsOn().stream().anyMatch(d -> !valid.containsKey(d)))
            .map(Case::id)
            .toList();
    if (!orphans.isEmpty()) {
      prune(valid);
    }
  }

  private static boolean reaches(
      Map<String, Case> valid, String from, String target, Set<String> visited) {
    Case c = valid.get(from);
    if (c == null || !visited.add(from)) {
      return false;
    }
    for (String next : c.dependsOn()) {
      if (next.equals(target) || reaches(valid, next, target, visited)) {
        return true;
      }
    }
    return false;
  }
}
