package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.driver.Capability;
import java.util.Optional;
import java.util.Set;

/**
 * The type-specific part of a parsed step: what it does when run. Immutable; shared by parallel
 * runs.
 */
public interface StepAction {

  /**
   * Performs the step once. Registry answers, including errors Helm reports, are returned as an
   * {@link Observation} for the expectations to judge; only a broken kit or environment throws.
   */
  Observation run(StepContext context) throws Exception;

  /** A short, uninterpolated description for messages: {@code GET /v2/${namespace}/a/tags/list}. */
  String describe();

  /** The driver capability this step needs, if it uses the driver. */
  default Optional<Capability> capability() {
    return Optional.empty();
  }

  /**
   * Repositories the step writes or reads, as templates; cases touching one repository never
   * overlap.
   */
  default Set<String> repositories() {
    return Set.of();
  }
}
