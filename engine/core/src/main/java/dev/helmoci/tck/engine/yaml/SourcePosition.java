package dev.helmoci.tck.engine.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A 1-based line and column in a suite file, as editors and JUnit's {@code FilePosition} count
 * them.
 */
public record SourcePosition(int line, int column) {

  public static final SourcePosition START = new SourcePosition(1, 1);

  public static SourcePosition of(Node node) {
    return node == null ? START : of(node.getStartMark());
  }

  public static SourcePosition of(Mark mark) {
    // snakeyaml marks are 0-based.
    return mark == null ? START : new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
