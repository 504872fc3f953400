package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.yaml.SourcePosition;
import java.time.Duration;
import java.util.Optional;

/**
 * One validated step of a case. {@code name} is an optional label for reports; {@code captureAs} is
 * the {@code as:} name under which later steps read this step's observation.
 */
public record Step(
    String type,
    Optional<String> name,
    SourcePosition position,
    StepAction action,
    Optional<String> captureAs,
    Expectations expect,
    Optional<Expectations> unsupportedIf,
    Optional<Duration> timeout,
    Optional<Retry> retry) {

  /** {@code 'http' GET /v2/…} or the step's name, for messages and reports. */
  public String label() {
    return name.map(n -> "'" + n + "'").orElse("'" + type + "' " + action.describe());
  }
}
