package dev.helmoci.tck.client.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopesTest {

  @Test
  void repositoryScopeSortsAndDeduplicatesActions() {
    assertThat(Scopes.repository("charts/demo", "push", "pull", "push"))
        .isEqualTo("repository:charts/demo:pull,push");
    assertThat(Scopes.repository("r", "pull", "*")).isEqualTo("repository:r:*");
    assertThat(Scopes.repository("", "pull")).isEmpty();
    assertThat(Scopes.repository("r")).isEmpty();
  }

  @Test
  void mergesActionsPerResourceAndSortsResources() {
    assertThat(Scopes.clean(List.of("repository:r:pull", "repository:r:metadata_read")))
        .containsExactly("repository:r:metadata_read,pull");
    assertThat(Scopes.clean(List.of("repository:b:push", "repository:a:pull", "repository:b:pull")))
        .containsExactly("repository:a:pull", "repository:b:pull,push");
  }

  @Test
  void wildcardWinsAndEmptyActionsDrop() {
    assertThat(Scopes.clean(List.of("repository:r:pull", "repository:r:*")))
        .containsExactly("repository:r:*");
    assertThat(Scopes.clean(List.of("repository:r:", "registry:catalog:*")))
        .containsExactly("registry:catalog:*");
  }

  @Test
  void keepsUnrecognisedScopesVerbatim() {
    assertThat(Scopes.clean(List.of("weird", "repository:r:pull")))
        .containsExactly("repository:r:pull", "weird");
    assertThat(Scopes.clean(List.of("single"))).containsExactly("single");
  }

  @Test
  void singleScopeFastPathCleansActions() {
    assertThat(Scopes.clean(List.of("repository:r:push,pull,push")))
        .containsExactly("repository:r:pull,push");
    assertThat(Scopes.clean(List.of("repository:r:"))).isEmpty();
  }

  @Test
  void requestScopesKeyIsSpaceJoined() {
    RequestScopes scopes = RequestScopes.of("repository:b:pull").plus("repository:a:push", "");
    assertThat(scopes.key()).isEqualTo("repository:a:push repository:b:pull");
  }
}
