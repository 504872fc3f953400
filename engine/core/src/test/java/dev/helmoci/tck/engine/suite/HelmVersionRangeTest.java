package dev.helmoci.tck.engine.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelmVersionRangeTest {

  @Test
  void aBareMajorMeansThatLine() {
    HelmVersionRange four = HelmVersionRange.parse("4").orElseThrow();
    assertThat(four.admits("4.0.0")).isTrue();
    assertThat(four.admits("v4.2.1")).isTrue();
    assertThat(four.admits("3.19.0")).isFalse();
    assertThat(four.admits("5.0.0")).isFalse();
    assertThat(four.admitsMajor(4)).isTrue();
    assertThat(four.admitsMajor(3)).isFalse();
  }

  @Test
  void comparisonsMustAllHold() {
    HelmVersionRange range = HelmVersionRange.parse(">=3.8.0 <4.1").orElseThrow();
    assertThat(range.admits("3.7.9")).isFalse();
    assertThat(range.admits("3.8.0")).isTrue();
    assertThat(range.admits("4.0.5")).isTrue();
    assertThat(range.admits("4.1.0")).isFalse();
    assertThat(range.admitsMajor(3)).isTrue();
    assertThat(range.admitsMajor(4)).isTrue();
    assertThat(range.admitsMajor(5)).isFalse();
  }

  @Test
  void aNarrowRangeInsideAMajorIsFound() {
    HelmVersionRange range = HelmVersionRange.parse(">3.17.2 <3.17.4").orElseThrow();
    assertThat(range.admitsMajor(3)).isTrue();
    assertThat(range.admitsMajor(4)).isFalse();
  }

  @Test
  void alternativesJoinedByOrOrAnyMayHold() {
    HelmVersionRange range = HelmVersionRange.parse("<3.18.0 || >=3.20.0 <4").orElseThrow();
    assertThat(range.admits("3.17.4")).isTrue();
    assertThat(range.admits("3.18.6")).isFalse();
    assertThat(range.admits("3.19.5")).isFalse();
    assertThat(range.admits("3.20.2")).isTrue();
    assertThat(range.admits("4.3.1")).isFalse();
    assertThat(range.admitsMajor(3)).isTrue();
    assertThat(range.admitsMajor(4)).isFalse();
    assertThat(range).hasToString("<3.18.0 || >=3.20.0 <4");
    assertThat(HelmVersionRange.parse("<3.18.0 ||")).isEmpty();
    assertThat(HelmVersionRange.parse("|| 4")).isEmpty();
  }

  @Test
  void otherSyntaxIsRejected() {
    assertThat(HelmVersionRange.parse("~> 3")).isEmpty();
    assertThat(HelmVersionRange.parse("^3.0")).isEmpty();
    assertThat(HelmVersionRange.ANY.admits("2.0.0")).isTrue();
    assertThat(HelmVersionRange.ANY.admitsMajor(3)).isTrue();
  }
}
