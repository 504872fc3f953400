package dev.helmoci.tck.engine.suite;

import dev.helmoci.tck.engine.yaml.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed, valid suite file ({@code format: 1}). Only cases without problems are included. */
public record Suite(
    SuiteLocation location,
    String id,
    String title,
    List<String> profiles,
    Map<String, String> vars,
    List<Case> cases,
    SourcePosition position) {

  public Suite {
    profiles = List.copyOf(profiles);
    vars = Map.copyOf(vars);
    cases = List.copyOf(cases);
  }

  public Optional<Case> findCase(String id) {
    return cases.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The case starting at or before {@code line} and closest to it: the case that contains the line.
   */
  public Optional<Case> caseAtLine(int line) {
    Case found = null;
    for (Case candidate : cases) {
      if (candidate.position().line() <= line
          && (found == null || candidate.position().line() > found.position().line())) {
        found = candidate;
      }
    }
    return Optional.ofNullable(found);
  }
}
