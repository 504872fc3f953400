package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of step ({@code type: http}). Parses its own keys with positions; the common keys
 * ({@code type}, {@code name}, {@code as}, {@code expect}, {@code timeout}, {@code retry}, {@code
 * unsupportedIf}) are handled by {@link StepParser}. Register new types in {@link StepTypes}.
 */
public interface StepType {

  String name();

  /** The type-specific keys; anything else is reported as unknown. */
  Set<String> keys();

  /** Reads the step, reporting problems to {@code step.problems()}; empty when it cannot be run. */
  Optional<StepAction> parse(YamlMapping step);
}
