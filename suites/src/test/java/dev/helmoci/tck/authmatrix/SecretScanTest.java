package dev.helmoci.tck.authmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The redaction test's search finds each form a secret leaks in, so a clean scan means something.
 */
class SecretScanTest {
  private final SecretScan scan = new SecretScan("writer", "a+b/c d%");

  @Test
  void findsEveryEncodingOfTheSecret() {
    assertThat(scan.findIn("t", "password a+b/c d%")).contains("raw secret in t");
    assertThat(scan.findIn("t", "Authorization: Basic d3JpdGVyOmErYi9jIGQl"))
        .contains("Basic user:secret in t");
    assertThat(scan.findIn("t", "password=a%2Bb%2Fc+d%25"))
        .containsExactly("URL-encoded secret in t");
    assertThat(scan.findIn("t", "/x/a%2Bb%2Fc%20d%25"))
        .containsExactly("percent-encoded secret in t");
    assertThat(scan.findIn("t", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ0Y2sifQ.c2ln"))
        .containsExactly("a bearer token (JWT) in t");
  }

  @Test
  void maskedTextIsClean() {
    assertThat(scan.findIn("t", "Authorization: **** password ****")).isEmpty();
  }
}
