package dev.helmoci.tck.engine.yaml;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects problems while a suite is read, so one pass reports all of them instead of stopping at
 * the first. Not thread-safe: one instance per parsed file.
 */
public final class Problems {

  private final List<YamlProblem> problems = new ArrayList<>();

  public void add(Node at, String message) {
    add(SourcePosition.of(at), message);
  }

  public void add(SourcePosition at, String message) {
    problems.add(new YamlProblem(at, message));
  }

  /** A mark to compare with {@link #since(int)}: did reading one element add problems? */
  public int count() {
    return problems.size();
  }

  public boolean since(int mark) {
    return problems.size() > mark;
  }

  public List<YamlProblem> all() {
    return List.copyOf(problems);
  }
}
