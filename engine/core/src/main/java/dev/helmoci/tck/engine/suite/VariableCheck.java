package dev.helmoci.tck.engine.suite;

import dev.helmoci.tck.engine.step.Template;
import dev.helmoci.tck.engine.yaml.Problems;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds {@code ${…}} uses in a step whose root is not a built-in, a declared variable or an earlier
 * capture, so a typo is reported at discovery with its position instead of failing mid-run.
 */
final class VariableCheck {

  private final Set<String> names;
  private final Problems problems;
  private final Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());

  VariableCheck(Set<String> names, Problems problems) {
    this.names = names;
    this.problems = problems;
  }

  void check(Node node, String what) {
    if (node == null || !visited.add(node)) {
      return; // aliases may make the graph cyclic
    }
    if (node instanceof ScalarNode) {
      Template.Parsed parsed = Template.parse(((ScalarNode) node).getValue());
      parsed.error().ifPresent(error -> problems.add(node, error + " in " + what));
      for (String name : parsed.names()) {
        if (!names.contains(Template.Parsed.root(name))) {
          problems.add(
              node,
              "unknown variable '${"
                  + name
                  + "}' in "
                  + what
                  + " (not a var, an earlier 'as' capture or a built-in)");
        }
      }
    } else if (node instanceof SequenceNode) {
      for (Node item : ((SequenceNode) node).getValue()) {
        check(item, what);
      }
    } else if (node instanceof MappingNode) {
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        check(tuple.getValueNode(), what);
      }
    }
  }
}
