package dev.helmoci.tck.engine.suite;

import dev.helmoci.tck.engine.step.Step;
import dev.helmoci.tck.engine.yaml.SourcePosition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One conformance case: a stable {@code id}, why it matters ({@code rationale}, {@code
 * references}), how strong the requirement is ({@code level}), which Helm versions and features it
 * covers, the cases it builds on ({@code dependsOn}, same suite), its {@code steps} and the {@code
 * cleanup} steps that always run, what a failure means for Helm users ({@code impact}) and what it
 * needs from the target ({@code requires}).
 */
public record Case(
    String id,
    String title,
    String rationale,
    List<Reference> references,
    Level level,
    HelmVersionRange helm,
    List<String> verifies,
    List<String> dependsOn,
    Map<String, String> vars,
    List<Step> steps,
    List<Step> cleanup,
    Optional<Duration> timeout,
    SourcePosition position,
    Optional<Impact> declaredImpact,
    List<Precondition> requires) {

  public Case {
    references = List.copyOf(references);
    verifies = List.copyOf(verifies);
    dependsOn = List.copyOf(dependsOn);
    vars = Map.copyOf(vars);
    steps = List.copyOf(steps);
    cleanup = List.copyOf(cleanup);
    requires = List.copyOf(requires);
  }

  /**
   * What a failure means for Helm users. A case that does not say is taken to break Helm, so a
   * stranger's suite keeps failing loudly; the shipped suites all say (a test checks it).
   */
  public Impact impact() {
    return declaredImpact.orElseGet(() -> Impact.breaks(List.of("helm (not stated)"), helm));
  }
}
