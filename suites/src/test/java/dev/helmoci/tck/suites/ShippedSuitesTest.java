package dev.helmoci.tck.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.engine.step.StepTypes;
import dev.helmoci.tck.engine.suite.Case;
import dev.helmoci.tck.engine.suite.ParsedSuite;
import dev.helmoci.tck.engine.suite.SuiteLocation;
import dev.helmoci.tck.engine.suite.SuiteParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped suites parse without a problem and every case says what its failure means for Helm
 * users (the engine takes a silent case to break Helm, which only a stranger's suite may rely on).
 */
class ShippedSuitesTest {
  private static final Path RESOURCES =
      Path.of("src", "main", "resources", "dev", "helmoci", "tck");

  @Test
  void everyShippedCaseDeclaresItsImpact() throws IOException {
    List<String> silent = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int cases = 0;
    for (Path file : suiteFiles()) {
      ParsedSuite parsed;
      try (Reader reader = Files.newBufferedReader(file)) {
        parsed = new SuiteParser(StepTypes.standard()).parse(SuiteLocation.ofFile(file), reader);
      }
      parsed.problems().forEach(p -> problems.add(p.format(file.getFileName().toString())));
      for (Case c : parsed.suite().map(s -> s.cases()).orElse(List.of())) {
        cases++;
        if (c.declaredImpact().isEmpty()) {
          silent.add(file.getFileName() + ": " + c.id());
        }
      }
    }
    assertThat(problems).as("problems in the shipped suites").isEmpty();
    assertThat(cases).as("shipped cases").isGreaterThan(90);
    assertThat(silent)
        .as("cases without 'impact: {breaks: …}' or 'impact: {deviates: …}'")
        .isEmpty();
  }

  private static List<Path> suiteFiles() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".suite.yaml"))
          .sorted()
          .toList();
    }
  }
}
