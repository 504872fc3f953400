package dev.helmoci.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.helmoci.tck.engine.step.StepTypes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

/**
 * Every kind of broken suite is an ERROR discovery issue at the right line and column, never an
 * exception.
 */
class MalformedSuiteTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
            syntax-error.suite.yaml       |  5 |  1 | YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at 3:8)
            unknown-step-type.suite.yaml  | 10 | 15 | unknown step type 'pusj' (known: <step types>)
            plugin-step-type.suite.yaml   | 10 | 15 | unknown step type 'migrate' (known: <step types>); put helm-oci-tck-embedded on the class path to run it
            unknown-case-key.suite.yaml   |  6 |  5 | unknown key 'titel' in case 'typo' (known: cleanup, dependsOn, helm, id, impact, level, rationale, references, requires, steps, timeout, title, vars, verifies)
            missing-format.suite.yaml     |  1 |  1 | missing required key 'format' in the suite (this engine reads format: 1)
            unsupported-format.suite.yaml |  1 |  9 | unsupported suite format 2 (this engine reads format: 1)
            bad-level.suite.yaml          |  7 | 12 | 'level' must be MUST, SHOULD or MAY, found 'MUSTN'T'
            bad-status.suite.yaml         | 11 | 19 | 'status' must be an HTTP status code (100-599) or a list of them, found 'okay'
            duplicate-case.suite.yaml     | 10 |  5 | duplicate case id 'one' (first at line 5)
            unknown-dependency.suite.yaml |  5 |  5 | case 'one' depends on 'nope', which is not a case of this suite
            unknown-variable.suite.yaml   |  9 | 15 | unknown variable '${nmespace}' in step 1 of case 'one' (not a var, an earlier 'as' capture or a built-in)
            bad-duration.suite.yaml       |  7 | 14 | 'timeout' in case 'one' must be a duration such as 500ms, 30s or 2m, found '5 minutes'
            not-a-mapping.suite.yaml      |  1 |  1 | the suite must be a mapping, found a list
            bad-reference-kind.suite.yaml |  8 | 15 | unknown reference kind 'blog' (known: helm-docs, helm-source, oci-spec)
            empty.suite.yaml              |  1 |  1 | the file is empty; a suite needs format, id, title and cases
            dependency-cycle.suite.yaml   |  5 |  5 | case 'one' depends on itself through dependsOn
            bad-helm-range.suite.yaml     |  7 | 11 | 'helm' in case 'one' must be a version range such as ">=3.8.0 <5" or "4", found '~> 3'
            duplicate-key.suite.yaml      | 10 |  9 | duplicate key 'path' in step 1 of case 'one'
            missing-steps.suite.yaml      |  5 |  5 | missing required key 'steps' in case 'one'
            bad-body.suite.yaml           | 12 | 11 | 'body' needs exactly one of text, json, base64, fixture
            fixture-escape.suite.yaml     | 12 | 20 | '../../../../etc/shadow' leaves the suite's folder; paths in a suite are relative and stay inside it
            chart-file-escape.suite.yaml  | 11 | 15 | '../../outside.tgz' leaves the case's work directory; paths in a suite are relative and stay inside it
            absolute-chart.suite.yaml     |  9 | 16 | '/etc/passwd' leaves the suite's folder; paths in a suite are relative and stay inside it
            not-utf8.suite.yaml           |  3 | 12 | not UTF-8: byte 0xe9 at offset 29
            """)
  void isReportedWithFileLineAndColumn(String file, int line, int column, String message) {
    Path path = TestSuites.badSuite(file);
    String expected =
        message.replace("<step types>", String.join(", ", StepTypes.standard().names()));
    EngineDiscoveryResults results =
        TestSuites.engine().selectors(selectFile(path.toFile())).discover();
    assertThat(results.getDiscoveryIssues())
        .anySatisfy(
            issue -> {
              assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
              assertThat(issue.message())
                  .isEqualTo(file + ":" + line + ":" + column + ": " + expected);
              assertThat(issue.source())
                  .contains(FileSource.from(path.toFile(), FilePosition.from(line, column)));
            });
  }

  @Test
  void theValidCasesOfAPartlyBrokenSuiteAreStillDiscovered() {
    EngineDiscoveryResults results =
        TestSuites.engine()
            .selectors(selectFile(TestSuites.badSuite("unknown-step-type.suite.yaml").toFile()))
            .discover();
    assertThat(DiscoveryTest.caseIds(results)).containsExactly("still-fine");
    assertThat(results.getDiscoveryIssues()).hasSize(1);
  }

  @Test
  void aDirectoryOfBrokenSuitesReportsEachAndDiscoversWhatIsValid() {
    EngineDiscoveryResults results =
        TestSuites.engine().selectors(selectDirectory("src/test/bad-suites")).discover();
    assertThat(results.getDiscoveryIssues())
        .hasSizeGreaterThanOrEqualTo(23)
        .allSatisfy(issue -> assertThat(issue.source()).isPresent());
    // The first of two duplicate cases stays; only the second is rejected.
    assertThat(DiscoveryTest.caseIds(results)).containsExactly("one", "still-fine");
  }
}
