package dev.helmoci.tck.engine.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private static final Map<String, String> VALUES =
      Map.of("registry", "localhost:5000", "pushed.digest", "sha256:ab");

  @Test
  void rendersNamesAndCaptureFields() {
    assertThat(
            Template.render(
                "oci://${registry}/x@${ pushed.digest }",
                name -> Optional.ofNullable(VALUES.get(name))))
        .isEqualTo("oci://localhost:5000/x@sha256:ab");
  }

  @Test
  void doubleDollarWritesALiteral() {
    assertThat(
            Template.render(
                "$${registry} is ${registry}", name -> Optional.ofNullable(VALUES.get(name))))
        .isEqualTo("${registry} is localhost:5000");
  }

  @Test
  void unknownNamesAreNamedInTheError() {
    assertThatThrownBy(() -> Template.render("${nope}", name -> Optional.empty()))
        .hasMessage("unknown variable '${nope}'");
  }

  @Test
  void parseListsNamesAndRootsAndReportsMalformedText() {
    assertThat(Template.parse("${a.b}/${c}").names()).containsExactly("a.b", "c");
    assertThat(Template.Parsed.root("a.b.c")).isEqualTo("a");
    assertThat(Template.parse("${open").error()).contains("unclosed '${' in '${open'");
    assertThat(Template.parse("${}").error()).contains("empty '${}' in '${}'");
  }

  @Test
  void renderKnownLeavesUnknownNamesAsWritten() {
    assertThat(
            Template.renderKnown(
                "${namespace}/${repo}",
                name -> name.equals("repo") ? Optional.of("demo") : Optional.empty()))
        .isEqualTo("${namespace}/demo");
  }
}
