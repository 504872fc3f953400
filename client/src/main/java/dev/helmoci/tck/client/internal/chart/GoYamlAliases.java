package dev.helmoci.tck.client.internal.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * go-yaml's two alias checks (decode.go), run on SnakeYAML's node graph, where an alias is the
 * anchored node itself: an alias inside its own anchor's value ("anchor '%s' value contains
 * itself"; SnakeYAML would build a self-containing value that every later step recurses through),
 * and Go's budget for alias expansion ("document contains excessive aliasing" once more than 100 of
 * over 1000 decode steps come from aliases, at a ratio that falls from 0.99 to 0.10 between 400,000
 * and 4,000,000 steps), which replaces SnakeYAML's own limit of 50.
 */
public final class GoYamlAliases {
  private final Map<Node, boolean[]> aliasChildren = new IdentityHashMap<>();
  private long decodes;
  private long aliasDecodes;

  private GoYamlAliases() {}

  static void check(Node document) {
    GoYamlAliases a = new GoYamlAliases();
    a.define(
        document,
        Collections.newSetFromMap(new IdentityHashMap<>()),
        Collections.newSetFromMap(new IdentityHashMap<>()));
    a.decodes = 1; // the document node
    a.decode(document, 0);
  }

  // Document order, as go-yaml's parser meets them: a node met again is an alias there.
  private void define(Node node, Set<Node> path, Set<Node> defined) {
    if (!path.add(node)) {
      throw fail("anchor '" + node.getAnchor() + "' value contains itself");
    }
    defined.add(node);
    List<Node> children = children(node);
    boolean[] alias = new boolean[children.size()];
    for (int i = 0; i < children.size(); i++) {
      Node child = children.get(i);
      if (path.contains(child)) {
        throw fail("anchor '" + child.getAnchor() + "' value contains itself");
      }
      alias[i] = defined.contains(child);
      if (!alias[i]) {
        define(child, path, defined);
      }
    }
    aliasChildren.put(node, alias);
    path.remove(node);
  }

  // d.unmarshal's counting: every node decoded, an alias node and then its target one level deeper.
  private void decode(Node node, int aliasDepth) {
    count(aliasDepth);
    List<Node> children = children(node);
    boolean[] alias = aliasChildren.get(node);
    for (int i = 0; i < children.size(); i++) {
      if (alias[i]) {
        count(aliasDepth);
        decode(children.get(i), aliasDepth + 1);
      } else {
        decode(children.get(i), aliasDepth);
      }
    }
  }

  private void count(int aliasDepth) {
    decodes++;
    if (aliasDepth > 0) {
      aliasDecodes++;
    }
    if (aliasDecodes > 100
        && decodes > 1000
        && (double) aliasDecodes / decodes > allowedRatio(decodes)) {
      throw fail("document contains excessive aliasing");
    }
  }

  private static double allowedRatio(long decodes) {
    if (decodes <= 400_000) {
      return 0.99;
    }
    if (decodes >= 4_000_000) {
      return 0.10;
    }
    return 0.99 - 0.89 * ((decodes - 400_000) / 3_600_000.0);
  }

  private static List<Node> children(Node node) {
    List<Node> out = new ArrayList<>();
    if (node instanceof SequenceNode seq) {
      out.addAll(seq.getValue());
    } else if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        out.add(t.getKeyNode());
        out.add(t.getValueNode());
      }
    }
    return out;
  }

  private static IllegalArgumentException fail(String problem) {
    return new IllegalArgumentException("error converting YAML to JSON: yaml: " + problem);
  }
}
