package dev.helmoci.tck.suites.detection;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The verdicts over one detection run: which clean targets broke, and which faults were caught by
 * which cases. A fault's cases are judged against its baseline, the same driver on distribution 3
 * behind a clean proxy, with the same auth: the fault's own setup minus the fault.
 */
final class DetectionScore {
  /**
   * The clean scenario every fault in front of distribution 3 is compared with; {@link Detection}
   * names it so.
   */
  static final String BASELINE = "distribution-3+clean-proxy";

  /** The baseline of the faults that need a token-auth registry. */
  static final String TOKEN_BASELINE = "distribution-3+token-auth+clean-proxy";

  private final List<ScenarioResult> results;
  private final Duration took;

  DetectionScore(List<ScenarioResult> results, Duration took) {
    this.results = List.copyOf(results);
    this.took = took;
  }

  Duration took() {
    return took;
  }

  List<ScenarioResult> all() {
    return results;
  }

  List<ScenarioResult> faults() {
    return results.stream().filter(r -> r.scenario().fault().isPresent()).toList();
  }

  List<ScenarioResult> cleanTargets() {
    return results.stream().filter(r -> r.scenario().fault().isEmpty()).toList();
  }

  /**
   * The cases that caught {@code fault}; empty when its baseline is missing or could not be set up.
   */
  List<CaseOutcome> killers(ScenarioResult fault) {
    return baseline(fault).map(fault::killers).orElse(List.of());
  }

  boolean caught(ScenarioResult fault) {
    return fault.setupError().isEmpty() && !killers(fault).isEmpty();
  }

  long caught() {
    return faults().stream().filter(this::caught).count();
  }

  /** {@code caught/total} over every driver's faults. */
  String score() {
    return caught() + "/" + faults().size();
  }

  /** The name of the clean scenario {@code fault} is compared with. */
  static String baselineOf(ScenarioResult fault) {
    if (fault.scenario().fault().filter(DetectionTarget::needsTokenAuth).isPresent()) {
      return TOKEN_BASELINE;
    }
    String upstream = fault.scenario().upstream();
    return upstream.equals(Scenario.UPSTREAM) ? BASELINE : upstream + "+clean-proxy";
  }

  /** The clean scenario a fault scenario is compared with; empty for a clean one. */
  Optional<ScenarioResult> baselineFor(ScenarioResult r) {
    return r.scenario().fault().isPresent() ? baseline(r) : Optional.empty();
  }

  private Optional<ScenarioResult> baseline(ScenarioResult fault) {
    String name = baselineOf(fault);
    return cleanTargets().stream()
        .filter(
            r ->
                r.scenario().name().equals(name)
                    && r.scenario().driver().equals(fault.scenario().driver()))
        .findFirst();
  }
}
