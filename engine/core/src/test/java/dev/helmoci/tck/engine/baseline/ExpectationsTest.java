package dev.helmoci.tck.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.engine.evidence.CaseRecord;
import dev.helmoci.tck.reports.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A baseline excuses a known failure until it expires, and fails a listed case that now passes. */
class ExpectationsTest {
  private static final Expectations KNOWN =
      Expectations.parse(
          Map.of(
              "expectations",
              List.of(
                  Map.of(
                      "case",
                      "pull-by-digest-untagged",
                      "reason",
                      "zot drops the old manifest",
                      "expires",
                      "2027-06-01"))),
          "zot.yaml");
  private static final LocalDate BEFORE = LocalDate.of(2026, 12, 1);

  @Test
  void aListedFailureIsExpectedUntilItExpires() {
    CaseRecord failed = record(Outcome.FAIL);
    assertThat(KNOWN.apply(failed, BEFORE).outcome()).isEqualTo(Outcome.EXPECTED_FAIL);
    assertThat(KNOWN.apply(failed, BEFORE).reason())
        .contains("zot drops the old manifest")
        .contains("not found");
    CaseRecord late = KNOWN.apply(failed, LocalDate.of(2027, 6, 2));
    assertThat(late.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(late.reason()).contains("expired on 2027-06-01");
  }

  @Test
  void aListedCaseThatPassesIsAStaleBaseline() {
    CaseRecord stale = KNOWN.apply(record(Outcome.PASS), BEFORE);
    assertThat(stale.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(stale.reason())
        .startsWith("stale expectation: the case passes now; remove it from zot.yaml");
  }

  @Test
  void unlistedCasesAndOtherOutcomesAreUntouched() {
    CaseRecord other = new CaseRecord("other", Outcome.FAIL, "x", "breaks helm pull");
    assertThat(KNOWN.apply(other, BEFORE)).isEqualTo(other);
    assertThat(KNOWN.apply(record(Outcome.UNSUPPORTED), BEFORE).outcome())
        .isEqualTo(Outcome.UNSUPPORTED);
  }

  @Test
  void anEntryWithoutReasonOrExpiryIsRefusedWithTheFile() {
    assertThatThrownBy(
            () ->
                Expectations.parse(
                    Map.of("expectations", List.of(Map.of("case", "x"))), "bad.yaml"))
        .hasMessageContaining("bad.yaml")
        .hasMessageContaining("case, reason and expires");
  }

  private static CaseRecord record(Outcome outcome) {
    return new CaseRecord("pull-by-digest-untagged", outcome, "not found", "breaks helm pull");
  }
}
