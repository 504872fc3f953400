package dev.helmoci.tck.engine.suite;

import dev.helmoci.tck.engine.yaml.YamlProblem;
import java.util.List;
import java.util.Optional;

/** The result of reading one suite file: the valid part, if any, and every problem found. */
public record ParsedSuite(
    SuiteLocation location, Optional<Suite> suite, List<YamlProblem> problems) {

  public ParsedSuite {
    problems = List.copyOf(problems);
  }
}
