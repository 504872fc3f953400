package dev.helmoci.tck.client.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.auth.AuthScheme;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChallengeTest {

  @Test
  void parsesBearerWithQuotedParams() {
    Challenge c =
        Challenge.parse(
            "Bearer realm=\"https://auth.example.com/token\",service=\"registry.example.com\",scope=\"repository:a/b:pull\"");
    assertThat(c.scheme()).isEqualTo(AuthScheme.BEARER);
    assertThat(c.realm()).contains("https://auth.example.com/token");
    assertThat(c.service()).contains("registry.example.com");
    assertThat(c.scope()).contains("repository:a/b:pull");
  }

  @Test
  void parsesTokenValuesSpacesAndCaseInsensitiveScheme() {
    Challenge c = Challenge.parse("bEaReR  realm = \"https://a/t\" , service=reg.io");
    assertThat(c.scheme()).isEqualTo(AuthScheme.BEARER);
    assertThat(c.params()).isEqualTo(Map.of("realm", "https://a/t", "service", "reg.io"));
  }

  @Test
  void keepsParamsBeforeAMalformedOne() {
    Challenge c = Challenge.parse("Bearer realm=\"https://a/t\",service=\"unterminated");
    assertThat(c.params()).isEqualTo(Map.of("realm", "https://a/t"));
  }

  @Test
  void unescapesQuotedValues() {
    Challenge c = Challenge.parse("Bearer realm=\"https://a/t\\\"x\"");
    assertThat(c.realm()).contains("https://a/t\"x");
  }

  @Test
  void basicHasNoParamsAndUnknownSchemesAreUnknown() {
    assertThat(Challenge.parse("Basic realm=\"registry\""))
        .isEqualTo(new Challenge(AuthScheme.BASIC, Map.of()));
    assertThat(Challenge.parse("Negotiate abc").scheme()).isEqualTo(AuthScheme.UNKNOWN);
    assertThat(Challenge.parse(null).scheme()).isEqualTo(AuthScheme.UNKNOWN);
    assertThat(Challenge.parse("").scheme()).isEqualTo(AuthScheme.UNKNOWN);
  }
}
