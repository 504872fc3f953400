package dev.helmoci.tck.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerChallengeTest {

    @Test
    void parsesQuotedParamsWithEscapesAndCommas() {
        BearerChallenge challenge = BearerChallenge.parse("Bearer realm=\"https://auth.example/token\", "
                + "service=\"registry.example\",scope=\"repository:a/b:pull,push\"").orElseThrow();
        assertThat(challenge.realm()).isEqualTo("https://auth.example/token");
        assertThat(challenge.service()).contains("registry.example");
        assertThat(challenge.scope()).contains("repository:a/b:pull,push");
        assertThat(BearerChallenge.parse("bearer realm=\"r\\\"x\"").orElseThrow().realm()).isEqualTo("r\"x");
    }

    @Test
    void acceptsTokensAndRejectsOtherSchemes() {
        assertThat(BearerChallenge.parse("Bearer realm=https://a/t,service=s").orElseThrow().service()).contains("s");
        assertThat(BearerChallenge.parse("Basic realm=\"registry\"")).isEmpty();
        assertThat(BearerChallenge.parse("Bearer service=\"s\"")).isEmpty();
        assertThat(BearerChallenge.parse(null)).isEqualTo(Optional.empty());
    }
}
