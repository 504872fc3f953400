package dev.helmoci.tck.client.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagResolverTest {
  private static final List<String> REGISTRY_TAGS =
      List.of(
          "latest",
          "1.0.0",
          "v1.3.0",
          "1.2.0",
          "2.0.0-rc.1",
          "1.2",
          "sha256-abc.sig",
          "1.1.0_build.7",
          "0.9.0",
          "01.0.0");

  private final TagResolver helm3 = new TagResolver(TagResolver.Wording.HELM_3);
  private final TagResolver helm4 = new TagResolver(TagResolver.Wording.HELM_4);

  @Test
  void tagsAreFilteredConvertedAndSortedDescending() {
    assertThat(TagResolver.semverTags(REGISTRY_TAGS))
        .containsExactly("2.0.0-rc.1", "1.2.0", "1.1.0+build.7", "1.0.0", "0.9.0");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "NONE",
      value = {
        "'',1.2.0", // empty = '*' = highest stable
        ">0.0.0-0,2.0.0-rc.1", // --devel
        "^1.0.0,1.2.0",
        "~1.1,1.1.0+build.7",
        "'>=1.0.0 <1.2.0',1.1.0+build.7",
        "1.0.0 - 1.1.5,1.1.0+build.7",
        "'<1.0.0 || >=3',0.9.0",
        "1.x,1.2.0",
        "!=1.2.0,1.1.0+build.7",
        "1.1.0+build.7,1.1.0+build.7", // exact string match first
        "2.0.0-rc.1,2.0.0-rc.1",
        "=1.0,1.0.0",
      })
  void resolvesLikeHelm(String version, String expected) {
    List<String> tags = TagResolver.semverTags(REGISTRY_TAGS);
    assertThat(helm4.match(tags, version)).isEqualTo(expected);
  }

  @Test
  void improperConstraintIsQuoted() {
    List<String> tags = TagResolver.semverTags(REGISTRY_TAGS);
    assertThatThrownBy(() -> helm4.match(tags, "latest"))
        .hasMessage("improper constraint: \"latest\"");
    assertThatThrownBy(() -> helm3.match(tags, "1.0.0_b"))
        .hasMessage("improper constraint: \"1.0.0_b\"");
  }

  @Test
  void noMatchWordingDiffersByHelmLine() {
    List<String> tags = TagResolver.semverTags(REGISTRY_TAGS);
    assertThatThrownBy(() -> helm3.match(tags, "^5"))
        .hasMessage("Could not locate a version matching provided version string ^5");
    assertThatThrownBy(() -> helm4.match(tags, "^5"))
        .hasMessage("could not locate a version matching provided version string ^5");
    assertThat(helm3.noTagsMessage("h/r/c"))
        .isEqualTo("Unable to locate any tags in provided repository: h/r/c");
    assertThat(helm4.noTagsMessage("h/r/c"))
        .isEqualTo("unable to locate any tags in provided repository: h/r/c");
  }

  @Test
  void constraintErrors() {
    assertThatThrownBy(() -> Constraint.parse("x".repeat(513)))
        .hasMessage("constraint string is too long (max 512 bytes)");
    assertThatThrownBy(() -> Constraint.parse("12.3.34~ 1.2.3"))
        .hasMessage("improper constraint: \"12.3.34~ 1.2.3\"");
    assertThat(Constraint.parse(">= 1.2.3, < 2.0 || => 3.0, < 4").toString())
        .isEqualTo(">=1.2.3 <2.0 || =>3.0 <4");
  }
}
