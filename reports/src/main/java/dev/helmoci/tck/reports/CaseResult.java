package dev.helmoci.tck.reports;

import java.time.Duration;
import java.util.List;

/**
 * One case's result: which case, what it verifies, how it ended and why, and what a failure means for Helm users
 * ({@code impact}, e.g. {@code breaks helm pull}). {@code message} is already redacted by the engine.
 */
public record CaseResult(String suite, String id, String title, List<String> features, String level, Outcome outcome,
    String message, String source, Duration duration, String impact) {

  public CaseResult {
    features = List.copyOf(features);
    message = message == null ? "" : message;
    source = source == null ? "" : source;
    impact = impact == null ? "" : impact;
  }
}
