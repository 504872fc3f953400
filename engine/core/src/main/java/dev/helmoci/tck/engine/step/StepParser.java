package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.yaml.Problems;
import dev.helmoci.tck.engine.yaml.SourcePosition;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one step: the common keys here, the type-specific keys by the {@link StepType}. */
public final class StepParser {

  static final List<String> COMMON_KEYS =
      List.of("type", "name", "as", "expect", "unsupportedIf", "timeout", "retry");

  private final StepTypes types;

  public StepParser(StepTypes types) {
    this.types = types;
  }

  /** The step, or empty if it has problems (all reported to {@code problems}). */
  public Optional<Step> parse(Node node, String what, Problems problems) {
    int before = problems.count();
    Optional<YamlMapping> read = YamlMapping.of(node, what, problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping step = read.get();
    Optional<String> typeName = step.requiredString("type");
    if (typeName.isEmpty()) {
      return Optional.empty();
    }
    Optional<StepType> type = types.find(typeName.get());
    if (type.isEmpty()) {
      problems.add(
          step.value("type").orElse(node),
          "unknown step type '"
              + typeName.get()
              + "' (known: "
              + String.join(", ", types.names())
              + ")"
              + types
                  .providedBy(typeName.get())
                  .map(artifact -> "; put " + artifact + " on the class path to run it")
                  .orElse(""));
      return Optional.empty();
    }
    Set<String> known = new LinkedHashSet<>(COMMON_KEYS);
    known.addAll(type.get().keys());
    step.allowOnly(known);
    Optional<String> captureAs = step.string("as");
    captureAs
        .filter(name -> !name.matches("[A-Za-z_][A-Za-z0-9_-]*"))
        .ifPresent(
            name ->
                problems.add(
                    step.value("as").orElse(node),
                    "'as' must be a simple name such as 'manifest', found '" + name + "'"));
    Expectations expect = step.mapping("expect").map(Expectations::parse).orElse(Expectations.NONE);
    Optional<Expectations> unsupportedIf = step.mapping("unsupportedIf").map(Expectations::parse);
    Optional<Duration> timeout = step.duration("timeout");
    Optional<Retry> retry = step.mapping("retry").flatMap(block -> retry(block, expect));
    Optional<StepAction> action = type.get().parse(step);
    if (action.isEmpty() || problems.since(before)) {
      return Optional.empty();
    }
    return Optional.of(
        new Step(
            typeName.get(),
            step.string("name"),
            SourcePosition.of(node),
            action.get(),
            captureAs,
            expect,
            unsupportedIf,
            timeout,
            retry));
  }

  private static Optional<Retry> retry(YamlMapping block, Expectations expect) {
    block.allowOnly(List.of("until", "attempts", "interval"));
    Expectations until = block.mapping("until").map(Expectations::parse).orElse(expect);
    int attempts = block.integer("attempts").orElse(3);
    if (attempts < 1 || attempts > 100) {
      block
          .problems()
          .add(
              block.value("attempts").orElse(block.node()),
              "'attempts' in retry must be between 1 and 100, found " + attempts);
    }
    Duration interval = block.duration("interval").orElse(Duration.ofSeconds(1));
    return Optional.of(new Retry(until, attempts, interval));
  }
}
