package dev.helmoci.tck.client.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionTest {
  // Masterminds TestCompare.
  @ParameterizedTest
  @CsvSource({
    "1.2.3,1.5.1,-1",
    "2.2.3,1.5.1,1",
    "2.2.3,2.2.2,1",
    "3.2-beta,3.2-beta,0",
    "1.3,1.1.4,1",
    "4.2,4.2-beta,1",
    "4.2-beta,4.2,-1",
    "4.2-alpha,4.2-beta,-1",
    "4.2-alpha,4.2-alpha,0",
    "4.2-beta.2,4.2-beta.1,1",
    "4.2-beta2,4.2-beta1,1",
    "4.2-beta,4.2-beta.2,-1",
    "4.2-beta,4.2-beta.foo,-1",
    "4.2-beta.2,4.2-beta,1",
    "4.2-beta.foo,4.2-beta,1",
    "1.2+bar,1.2+baz,0",
    "1.0.0-beta.4,1.0.0-beta.-2,-1",
    "1.0.0-beta.-2,1.0.0-beta.-3,-1",
    "1.0.0-beta.-3,1.0.0-beta.5,1",
  })
  void compare(String a, String b, int expected) {
    assertThat(Version.parse(a).compareTo(Version.parse(b))).isEqualTo(expected);
  }

  @Test
  void originalAndString() {
    Version v = Version.parse("v1.2");
    assertThat(v.original()).isEqualTo("v1.2");
    assertThat(v.toString()).isEqualTo("1.2.0");
    assertThat(Version.parseStrict("1.2.3-rc.1+build.5").toString())
        .isEqualTo("1.2.3-rc.1+build.5");
  }

  @Test
  void errorTexts() {
    assertThatThrownBy(() -> Version.parseStrict("")).hasMessage("version string empty");
    assertThatThrownBy(() -> Version.parseStrict("1.2")).hasMessage("invalid semantic version");
    assertThatThrownBy(() -> Version.parseStrict("01.2.3"))
        .hasMessage("version segment starts with 0");
    assertThatThrownBy(() -> Version.parseStrict("v1.2.3"))
        .hasMessage("invalid characters in version");
    assertThatThrownBy(() -> Version.parse("latest")).hasMessage("invalid semantic version");
    assertThatThrownBy(() -> Version.parse("1.0.0-a..b")).hasMessage("invalid semantic version");
    assertThatThrownBy(() -> Version.parse("1.0.0-01")).hasMessage("version segment starts with 0");
    assertThatThrownBy(() -> Version.parse("1.2.3+a+b")).hasMessage("invalid semantic version");
  }

  @Test
  void buildMetadataIgnoredInComparisonButNotEquality() {
    Version a = Version.parse("1.0.0+a");
    Version b = Version.parse("1.0.0+b");
    assertThat(a.compareTo(b)).isZero();
    assertThat(a).isNotEqualTo(b);
  }
}
