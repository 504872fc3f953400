package dev.helmoci.tck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.reports.matrix.CompatibilityMatrix;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Helm-version matrix's cells: disabled where a release is outside every case's range, and the
 * first failure.
 */
class HelmVersionMatrixCellTest {

  private static CaseResult result(String id, String feature, Outcome outcome, String message) {
    return new CaseResult(
        "s",
        id,
        "t",
        List.of(feature),
        "MUST",
        outcome,
        message,
        "s.suite.yaml:1",
        Duration.ZERO,
        "breaks helm pull");
  }

  @Test
  void aCellNamesItsFirstFailingCaseWithHelmsErrorAndAllDisabledIsDisabled() {
    RunResults old = new RunResults(SampleRuns.info("zot", "v2.1.20", "helm@3.8.2", "3.8.2"));
    old.add(result("pull-basic", "pull", Outcome.PASS, ""));
    old.add(
        result(
            "pull-tag-in-reference",
            "pull",
            Outcome.FAIL,
            "step 4 'pull' pull oci://r/x:1.0.0 at "
                + "pull.suite.yaml:43:9 (pull oci://r/x:1.0.0): Helm reported an error: invalid_reference: invalid tag\nmore"));
    old.add(result("pull-by-digest", "pull", Outcome.FAIL, "second failure"));
    old.add(
        result(
            "index-pull",
            "index",
            Outcome.DISABLED,
            "disabled: case needs Helm >=3.21.0, driver 'helm@3.8.2' " + "is Helm 3.8.2"));
    RunResults pinned = new RunResults(SampleRuns.info("zot", "v2.1.20", "helm3", "3.22.0"));
    pinned.add(result("pull-tag-in-reference", "pull", Outcome.PASS, ""));
    pinned.add(result("index-pull", "index", Outcome.PASS, ""));

    CompatibilityMatrix matrix = CompatibilityMatrix.of(List.of(old, pinned));
    CompatibilityMatrix.Column first = matrix.columns().get(0);
    CompatibilityMatrix.Column second = matrix.columns().get(1);
    CompatibilityMatrix.Cell pull = matrix.detail("pull", first);
    assertThat(pull.label()).isEqualTo("fail");
    assertThat(pull.firstCase()).isEqualTo("pull-tag-in-reference");
    assertThat(pull.errorLine()).isEqualTo("invalid_reference: invalid tag");
    assertThat(matrix.detail("index", first).label()).isEqualTo("disabled");
    assertThat(matrix.detail("index", first).errorLine()).contains("needs Helm >=3.21.0");
    assertThat(matrix.detail("index", second).label()).isEqualTo("pass");
    assertThat(matrix.detail("pull", second).firstCase()).isEmpty();

    assertThat(matrix.toMarkdown())
        .contains(
            "| index | ⏸️ disabled | ✅ pass |",
            "## First failing case per cell",
            "helm@3.8.2 (Helm 3.8.2), pull: ❌ fail first in `pull-tag-in-reference`: invalid_reference: invalid tag");
    assertThat(matrix.toJson())
        .contains(
            "\"verdict\" : \"disabled\"",
            "\"firstCase\" : \"pull-tag-in-reference\"",
            "\"error\" : \"invalid_reference: invalid tag\"");
  }
}
