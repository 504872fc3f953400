package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.yaml.Problems;
import dev.helmoci.tck.engine.yaml.Scalars;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A check on one text value. A plain string means equals; a mapping holds one of {@code equals},
 * {@code contains}, {@code matches} (a Java regular expression, whole value) or {@code absent:
 * true}.
 */
final class TextMatcher {

  private static final List<String> KINDS = List.of("equals", "contains", "matches", "absent");

  private final String kind;
  private final String expected;

  private TextMatcher(String kind, String expected) {
    this.kind = kind;
    this.expected = expected;
  }

  static TextMatcher fromKind(String kind, String expected) {
    return new TextMatcher(kind, expected);
  }

  static Optional<TextMatcher> parse(Node node, String what, Problems problems) {
    Optional<String> plain = Scalars.text(node);
    if (plain.isPresent()) {
      return Optional.of(new TextMatcher("equals", plain.get()));
    }
    Optional<YamlMapping> mapping = YamlMapping.of(node, what, problems);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping map = mapping.get();
    map.allowOnly(KINDS);
    if (map.keys().size() != 1) {
      problems.add(node, what + " needs exactly one of " + String.join(", ", KINDS));
      return Optional.empty();
    }
    String kind = map.keys().iterator().next();
    if (!KINDS.contains(kind)) {
      return Optional.empty();
    }
    if (kind.equals("absent")) {
      return map.bool("absent").map(absent -> new TextMatcher(absent ? "absent" : "present", ""));
    }
    Optional<String> value = map.string(kind);
    if (kind.equals("matches") && value.isPresent()) {
      try {
        // Variables are filled in at run time; check the pattern around them now.
        Pattern.compile(value.get().replaceAll("\\$\\{[^}]*}", "x"));
      } catch (PatternSyntaxException e) {
        problems.add(
            map.value(kind).orElse(node),
            "invalid regular expression in " + what + ": " + e.getDescription());
        return Optional.empty();
      }
    }
    return value.map(text -> new TextMatcher(kind, text));
  }

  /** Why {@code actual} does not match, naming {@code label}; empty when it matches. */
  Optional<String> mismatch(
      String label, Optional<String> actual, UnaryOperator<String> interpolate) {
    if (kind.equals("absent")) {
      return actual.map(value -> "expected no " + label + " but found '" + value + "'");
    }
    if (actual.isEmpty()) {
      return Optional.of("expected " + label + " but there was none");
    }
    String value = actual.get();
    String want = interpolate.apply(expected);
    boolean ok;
    switch (kind) {
      case "equals":
        ok = value.equals(want);
        break;
      case "contains":
        ok = value.contains(want);
        break;
      case "matches":
        ok = Pattern.compile(want, Pattern.DOTALL).matcher(value).matches();
        break;
      default:
        ok = true;
    }
    return ok
        ? Optional.empty()
        : Optional.of(
            "expected "
                + label
                + " to "
                + verb()
                + " '"
                + want
                + "' but was '"
                + shorten(value)
                + "'");
  }

  private String verb() {
    return kind.equals("equals") ? "equal" : kind.equals("contains") ? "contain" : "match";
  }

  private static String shorten(String value) {
    return value.length() <= 500
        ? value
        : value.substring(0, 500) + "… (" + value.length() + " chars)";
  }
}
