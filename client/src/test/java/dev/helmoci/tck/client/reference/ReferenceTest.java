package dev.helmoci.tck.client.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.internal.reference.InvalidReferenceException;
import dev.helmoci.tck.client.internal.reference.OciReferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceTest {
  private static final String SHA =
      "sha256:e5ef611620fb97704d8751c16bab17fedb68883bfb0edc76f78a70e9173f9b55";

  @Test
  void isOciNeedsExactLowerCasePrefix() {
    assertThat(OciReferences.isOci("oci://h/r")).isTrue();
    assertThat(OciReferences.isOci("OCI://h/r")).isFalse();
    assertThat(OciReferences.isOci("https://h/r")).isFalse();
    assertThat(OciReferences.isOci(" oci://h/r")).isFalse();
  }

  @Test
  void parsesTheFourOrasForms() {
    assertThat(Reference.parse("localhost:5000/a/b"))
        .isEqualTo(new Reference("localhost:5000", "a/b", "", ""));
    assertThat(Reference.parse("h/a:1.0")).isEqualTo(new Reference("h", "a", "1.0", ""));
    assertThat(Reference.parse("h/a@" + SHA)).isEqualTo(new Reference("h", "a", "", SHA));
    // Form B: the tag is dropped without validation.
    assertThat(Reference.parse("h/a:not+valid@" + SHA)).isEqualTo(new Reference("h", "a", "", SHA));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "thing:1.0|invalid reference: missing registry or repository",
        // "https:" is a valid Go host (empty port), so the path is what fails.
        "https://host/r|invalid reference: invalid repository \"/host/r\"",
        "h?x/r|invalid reference: invalid registry \"h?x\"",
        "h:abc/r|invalid reference: invalid registry \"h:abc\"",
        "user@h/r|invalid reference: invalid registry \"user@h\"",
        "h/MyChart|invalid reference: invalid repository \"MyChart\"",
        "h/r/|invalid reference: invalid repository \"r/\"",
        "h/r:1.0+b|invalid reference: invalid tag \"1.0+b\"",
        "h/r:.x|invalid reference: invalid tag \".x\"",
        "h/r@sha256:abc|invalid reference: invalid digest \"sha256:abc\": invalid checksum digest length",
        "h/r@md5:abcd|invalid reference: invalid digest \"md5:abcd\": unsupported digest algorithm",
        "h/r@c|invalid reference: invalid digest \"c\": invalid checksum digest format",
        "h/r@SHA256:ab|invalid reference: invalid digest \"SHA256:ab\": invalid checksum digest format",
      })
  void rejectsWithOrasMessages(String input, String message) {
    assertThatThrownBy(() -> Reference.parse(input))
        .isInstanceOf(InvalidReferenceException.class)
        .hasMessage(message);
  }

  @Test
  void tagLengthLimitIs128() {
    String longest = "a".repeat(128);
    assertThat(Reference.parse("h/r:" + longest).tag()).isEqualTo(longest);
    assertThatThrownBy(() -> Reference.parse("h/r:" + longest + "a"))
        .hasMessage("invalid reference: invalid tag \"" + longest + "a\"");
  }

  @Test
  void helmReferenceConvertsPlusInTag() {
    Reference ref = Reference.fromHelm("oci://registry.example.com/repository:1.0+001");
    assertThat(ref.tag()).isEqualTo("1.0_001");
    assertThat(ref.toString()).isEqualTo("registry.example.com/repository:1.0_001");
  }

  @Test
  void helmReferenceReplacesTagTextEverywhereLikeHelm() {
    // strings.ReplaceAll(raw, tag, newTag) also rewrites an identical substring in the host.
    Reference ref = Reference.fromHelm("a+b.example/chart:a+b");
    assertThat(ref.registry()).isEqualTo("a_b.example");
    assertThat(ref.tag()).isEqualTo("a_b");
  }

  @Test
  void helmReferenceKeepsLastAtDigestUnvalidatedAndDropsItWhenTagged() {
    Reference ref = Reference.fromHelm("a/b:1@c");
    assertThat(ref.digest()).isEqualTo("c");
    assertThat(ref.tag()).isEqualTo("1");
    assertThat(ref.toString()).isEqualTo("a/b:1");
    Reference byDigest = Reference.fromHelm("oci://h/r@" + SHA);
    assertThat(byDigest.toString()).isEqualTo("h/r@" + SHA);
    assertThat(Reference.fromHelm("h/r").toString()).isEqualTo("h/r@");
  }

  @Test
  void helmReferencePortIsNotATag() {
    Reference ref = Reference.fromHelm("localhost:5000/charts/app");
    assertThat(ref.registry()).isEqualTo("localhost:5000");
    assertThat(ref.tag()).isEmpty();
  }

  @Test
  void helmReferenceErrors() {
    assertThatThrownBy(() -> Reference.fromHelm("thing:1.0"))
        .hasMessage("invalid reference: missing registry or repository");
  }

  @Test
  void dockerHubHostMapping() {
    assertThat(Reference.parse("docker.io/library/x:1").host()).isEqualTo("registry-1.docker.io");
    assertThat(Reference.parse("ghcr.io/x/y:1").host()).isEqualTo("ghcr.io");
  }
}
