package dev.helmoci.tck.engine.yaml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, position-aware access to one YAML mapping. Every wrong shape is reported to {@link
 * Problems} with the position of the offending node and answered with an empty value, so reading
 * continues.
 */
public final class YamlMapping {

  private final MappingNode node;
  private final String what;
  private final Problems problems;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMapping(MappingNode node, String what, Problems problems) {
    this.node = node;
    this.what = what;
    this.problems = problems;
    for (NodeTuple tuple : node.getValue()) {
      Optional<String> key = Scalars.text(tuple.getKeyNode());
      if (key.isEmpty()) {
        problems.add(tuple.getKeyNode(), "keys in " + what + " must be plain strings");
      } else if (entries.containsKey(key.get())) {
        problems.add(tuple.getKeyNode(), "duplicate key '" + key.get() + "' in " + what);
      } else {
        entries.put(key.get(), tuple);
      }
    }
  }

  /**
   * Reads {@code node} as a mapping named {@code what} in messages, or reports that it is not one.
   */
  public static Optional<YamlMapping> of(Node node, String what, Problems problems) {
    if (node instanceof MappingNode) {
      return Optional.of(new YamlMapping((MappingNode) node, what, problems));
    }
    problems.add(node, what + " must be a mapping, found " + Scalars.describe(node));
    return Optional.empty();
  }

  public String what() {
    return what;
  }

  public Node node() {
    return node;
  }

  public SourcePosition position() {
    return SourcePosition.of(node);
  }

  public Problems problems() {
    return problems;
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  public Optional<Node> value(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
  }

  /** Reports each key not in {@code known}, listing the known ones so the fix is obvious. */
  public void allowOnly(Collection<String> known) {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      if (!known.contains(entry.getKey())) {
        problems.add(
            entry.getValue().getKeyNode(),
            "unknown key '"
                + entry.getKey()
                + "' in "
                + what
                + " (known: "
                + String.join(", ", new TreeSet<>(known))
                + ")");
      }
    }
  }

  public Optional<String> string(String key) {
    return value(key).flatMap(value -> scalar(key, value));
  }

  public Optional<String> requiredString(String key) {
    if (!entries.containsKey(key)) {
      problems.add(node, "missing required key '" + key + "' in " + what);
      return Optional.empty();
    }
    return string(key)
        .filter(
            text -> {
              if (text.isBlank()) {
                problems.add(
                    value(key).orElse(node), "'" + key + "' in " + what + " must not be empty");
                return false;
              }
              return true;
            });
  }

  public Optional<Integer> integer(String key) {
    return value(key)
        .flatMap(
            value ->
                scalar(key, value)
                    .flatMap(
                        text -> {
                          try {
                            return Optional.of(Integer.valueOf(text.trim()));
                          } catch (NumberFormatException e) {
                            problems.add(
                                value,
                                "'"
                                    + key
                                    + "' in "
                                    + what
                                    + " must be a whole number, found '"
                                    + text
                                    + "'");
                            return Optional.empty();
                          }
                        }));
  }

  public Optional<Boolean> bool(String key) {
    return value(key)
        .flatMap(
            value ->
                scalar(key, value)
                    .flatMap(
                        text -> {
                          if (text.equals("true") || text.equals("false")) {
                            return Optional.of(Boolean.valueOf(text));
                          }
                          problems.add(
                              value,
                              "'"
                                  + key
                                  + "' in "
                                  + what
                                  + " must be true or false, found '"
                                  + text
                                  + "'");
                          return Optional.empty();
                        }));
  }

  public Optional<Duration> duration(String key) {
    return value(key)
        .flatMap(
            value ->
                scalar(key, value)
                    .flatMap(
                        text -> {
                          Optional<Duration> duration = Durations.parse(text);
                          if (duration.isEmpty()) {
                            problems.add(
                                value,
                                "'"
                                    + key
                                    + "' in "
                                    + what
                                    + " must be a duration such as 500ms, 30s or 2m, found '"
                                    + text
                                    + "'");
                          }
                          return duration;
                        }));
  }

  /** A list of strings; a single string is accepted as a one-element list. */
  public List<String> strings(String key) {
    List<String> result = new ArrayList<>();
    value(key)
        .ifPresent(
            value -> {
              if (value instanceof ScalarNode) {
                scalar(key, value).ifPresent(result::add);
                return;
              }
              for (Node item : sequence(key)) {
                scalar(key, item).ifPresent(result::add);
              }
            });
    return result;
  }

  public List<Node> sequence(String key) {
    Optional<Node> value = value(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof SequenceNode) {
      return ((SequenceNode) value.get()).getValue();
    }
    problems.add(
        value.get(),
        "'" + key + "' in " + what + " must be a list, found " + Scalars.describe(value.get()));
    return List.of();
  }

  public Optional<YamlMapping> mapping(String key) {
    return value(key).flatMap(value -> of(value, "'" + key + "' in " + what, problems));
  }

  /** A mapping of string to string, in file order. */
  public Map<String, String> stringMap(String key) {
    Map<String, String> result = new LinkedHashMap<>();
    mapping(key)
        .ifPresent(
            map -> {
              for (String name : map.keys()) {
                map.string(name).ifPresent(text -> result.put(name, text));
              }
            });
    return result;
  }

  private Optional<String> scalar(String key, Node value) {
    if (value instanceof ScalarNode && !Tag.NULL.equals(value.getTag())) {
      return Optional.of(((ScalarNode) value).getValue());
    }
    problems.add(
        value,
        "'" + key + "' in " + what + " must be a single value, found " + Scalars.describe(value));
    return Optional.empty();
  }
}
