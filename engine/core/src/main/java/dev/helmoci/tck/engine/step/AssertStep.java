package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type: assert}: compare captured values, e.g. {@code actual: ${pulled.digest}} with {@code
 * equals: ${pushed.digest}}. Also {@code notEquals}, {@code contains}, {@code matches}.
 */
final class AssertStep implements StepType {

  private static final List<String> CHECKS = List.of("equals", "notEquals", "contains", "matches");

  @Override
  public String name() {
    return "assert";
  }

  @Override
  public Set<String> keys() {
    return Set.of("actual", "equals", "notEquals", "contains", "matches");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    Optional<String> actual = step.requiredString("actual");
    List<String> present = step.keys().stream().filter(CHECKS::contains).toList();
    if (present.size() != 1) {
      step.problems()
          .add(step.node(), "assert step needs exactly one of " + String.join(", ", CHECKS));
      return Optional.empty();
    }
    String check = present.get(0);
    Optional<String> expected = step.string(check);
    if (actual.isEmpty() || expected.isEmpty()) {
      return Optional.empty();
    }
    if (check.equals("matches") && !expected.get().contains("${")) {
      try {
        java.util.regex.Pattern.compile(expected.get());
      } catch (java.util.regex.PatternSyntaxException e) {
        step.problems()
            .add(
                step.value(check).orElseThrow(),
                "invalid regular expression in 'matches': " + e.getDescription());
        return Optional.empty();
      }
    }
    if (check.equals("notEquals")) {
      return Optional.of(new NotEquals(actual.get(), expected.get()));
    }
    return Optional.of(new Compare(actual.get(), check, expected.get()));
  }

  private record Compare(String actual, String check, String expected) implements StepAction {

    @Override
    public Observation run(StepContext context) {
      TextMatcher matcher = TextMatcher.fromKind(check, expected);
      String value = context.interpolate(actual);
      matcher
          .mismatch(actual, Optional.of(value), context::interpolate)
          .ifPresent(
              message -> {
                throw new AssertionError(message);
              });
      return Observation.of(describe()).field("actual", value).build();
    }

    @Override
    public String describe() {
      return actual + " " + check + " " + expected;
    }
  }

  private record NotEquals(String actual, String expected) implements StepAction {

    @Override
    public Observation run(StepContext context) {
      String value = context.interpolate(actual);
      if (value.equals(context.interpolate(expected))) {
        throw new AssertionError(
            "expected "
                + actual
                + " to differ from "
                + expected
                + " but both were '"
                + value
                + "'");
      }
      return Observation.of(describe()).field("actual", value).build();
    }

    @Override
    public String describe() {
      return actual + " notEquals " + expected;
    }
  }
}
