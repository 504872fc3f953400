package dev.helmoci.tck.reports;

import java.time.Duration;
import java.util.List;

/**
 * One case's result: which case, what it verifies, how it ended and why, and what a failure means
 * for Helm users ({@code impact}, e.g. {@code breaks helm pull}). {@code message} and every step
 * transcript are already redacted by the engine. {@code source} is {@code suite-file:line}.
 */
public record CaseResult(
    String suite,
    String id,
    String title,
    List<String> features,
    String level,
    Outcome outcome,
    String message,
    String source,
    Duration duration,
    String impact,
    List<String> profiles,
    List<String> references,
    List<StepEvidence> steps) {

  public CaseResult {
    features = List.copyOf(features);
    message = message == null ? "" : message;
    source = source == null ? "" : source;
    impact = impact == null ? "" : impact;
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
    references = references == null ? List.of() : List.copyOf(references);
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /** A result without steps, profiles or references (the first format). */
  public CaseResult(
      String suite,
      String id,
      String title,
      List<String> features,
      String level,
      Outcome outcome,
      String message,
      String source,
      Duration duration,
      String impact) {
    this(
        suite, id, title, features, level, outcome, message, source, duration, impact, List.of(),
        List.of(), List.of());
  }

  /** The suite file this case is written in: {@link #source} without its line. */
  public String suiteFile() {
    int colon = source.lastIndexOf(':');
    return colon > 0 && source.substring(colon + 1).chars().allMatch(Character::isDigit)
        ? source.substring(0, colon)
        : source;
  }
}
