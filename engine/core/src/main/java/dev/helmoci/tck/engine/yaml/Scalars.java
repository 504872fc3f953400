package dev.helmoci.tck.engine.yaml;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small questions about raw YAML nodes, worded for error messages. */
public final class Scalars {

  private Scalars() {}

  /** The text of a non-null scalar node. */
  public static Optional<String> text(Node node) {
    if (node instanceof ScalarNode && !Tag.NULL.equals(node.getTag())) {
      return Optional.of(((ScalarNode) node).getValue());
    }
    return Optional.empty();
  }

  public static String describe(Node node) {
    if (node == null || Tag.NULL.equals(node.getTag())) {
      return "nothing (null)";
    }
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }
}
