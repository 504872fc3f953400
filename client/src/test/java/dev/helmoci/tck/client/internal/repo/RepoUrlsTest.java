package dev.helmoci.tck.client.internal.repo;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Helm's own table for {@code ResolveReferenceURL} (helm v3.22 {@code pkg/repo/chartrepo_test.go}).
 */
class RepoUrlsTest {
  @ParameterizedTest
  @CsvSource({
    "http://localhost:8123/charts/, nginx-0.2.0.tgz, http://localhost:8123/charts/nginx-0.2.0.tgz",
    "http://localhost:8123/charts-with-no-trailing-slash, nginx-0.2.0.tgz, http://localhost:8123/charts-with-no-trailing-slash/nginx-0.2.0.tgz",
    "http://localhost:8123, https://charts.helm.sh/stable/nginx-0.2.0.tgz, https://charts.helm.sh/stable/nginx-0.2.0.tgz",
    "http://localhost:8123/charts%2fwith%2fescaped%2fslash, nginx-0.2.0.tgz, http://localhost:8123/charts%2fwith%2fescaped%2fslash/nginx-0.2.0.tgz",
    "http://localhost:8123/charts?with=queryparameter, nginx-0.2.0.tgz, http://localhost:8123/charts/nginx-0.2.0.tgz?with=queryparameter",
    "http://localhost:8123/a/b/, ../c/nginx-0.2.0.tgz, http://localhost:8123/a/c/nginx-0.2.0.tgz"
  })
  void resolvesAsHelmDoes(String base, String ref, String expected) throws RepoException {
    assertThat(RepoUrls.resolve(HttpUrl.get(base), ref).toString()).isEqualTo(expected);
  }
}
