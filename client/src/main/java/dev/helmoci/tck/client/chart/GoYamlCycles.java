package dev.helmoci.tck.client.chart;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * go-yaml refuses an alias inside the value of its own anchor (decode.go, d.alias: "anchor '%s' value contains
 * itself"); SnakeYAML builds the self-containing structure, which every later step would recurse through.
 */
final class GoYamlCycles {
  private GoYamlCycles() {}

  /** Throws Go's error when {@code document} reaches a node from inside that node. */
  static void check(Node document) {
    visit(document, Collections.newSetFromMap(new IdentityHashMap<>()), Collections.newSetFromMap(
        new IdentityHashMap<>()));
  }

  private static void visit(Node node, Set<Node> path, Set<Node> done) {
    if (done.contains(node)) {
      return;
    }
    if (!path.add(node)) {
      throw new IllegalArgumentException("error converting YAML to JSON: yaml: anchor '" + node.getAnchor()
          + "' value contains itself");
    }
    if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        visit(item, path, done);
      }
    } else if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        visit(t.getKeyNode(), path, done);
        visit(t.getValueNode(), path, done);
      }
    }
    path.remove(node);
    done.add(node);
  }
}
