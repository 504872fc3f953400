package dev.helmoci.tck.engine.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A captured Location may be absolute, but only on the target's own origin: credentials never leave it. */
class HttpActionUrlTest {
  private static final String BASE = "http://127.0.0.1:5000";

  @Test
  void pathsAreAppendedAndOwnOriginUrlsKept() {
    assertThat(HttpAction.url(BASE, "/v2/ns/a/blobs/uploads/x")).isEqualTo(BASE + "/v2/ns/a/blobs/uploads/x");
    assertThat(HttpAction.url(BASE, "HTTP://127.0.0.1:5000/v2/x?_state=1")).isEqualTo("HTTP://127.0.0.1:5000/v2/x?_state=1");
  }

  @Test
  void anotherOriginIsRefused() {
    assertThatThrownBy(() -> HttpAction.url(BASE, "http://127.0.0.1:5001/v2/x")).hasMessageContaining("another origin");
    assertThatThrownBy(() -> HttpAction.url(BASE, "https://127.0.0.1:5000/v2/x")).hasMessageContaining("another origin");
  }
}
