package dev.helmoci.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.engine.run.RunSettings;
import dev.helmoci.tck.engine.target.Credentials;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TckConfigurationTest {

  @Test
  void parametersWinOverTheEnvironment() {
    RunSettings settings =
        configuration(
                Map.of(
                    Constants.TARGET_URL_PROPERTY_NAME,
                    "https://registry.example:5000",
                    Constants.RUN_ID_PROPERTY_NAME,
                    "r1"),
                Map.of("OCI_ROOT_URL", "http://ignored"))
            .runSettings();
    assertThat(settings.target().url()).contains(URI.create("https://registry.example:5000"));
    assertThat(settings.targetProvider()).isEqualTo("url");
    assertThat(settings.namespace()).isEqualTo("tck-r1");
  }

  @Test
  void theOciEnvironmentFillsTheGaps() {
    RunSettings settings =
        configuration(
                Map.of(Constants.RUN_ID_PROPERTY_NAME, "r2"),
                Map.of(
                    "OCI_ROOT_URL",
                    "http://localhost:5000",
                    "OCI_NAMESPACE",
                    "myorg/ci/",
                    "OCI_USERNAME",
                    "me",
                    "OCI_PASSWORD",
                    "pw"))
            .runSettings();
    assertThat(settings.target().url()).contains(URI.create("http://localhost:5000"));
    assertThat(settings.namespace()).isEqualTo("myorg/ci/tck-r2");
    assertThat(settings.target().credentials()).contains(new Credentials("me", "pw"));
    assertThat(settings.target().credentials().orElseThrow().toString()).doesNotContain("pw");
  }

  @Test
  void defaultsAreDocumented() {
    TckConfiguration configuration = configuration(Map.of(), Map.of());
    RunSettings settings = configuration.runSettings();
    assertThat(settings.targetProvider()).isEqualTo("embedded");
    assertThat(settings.driver()).isEqualTo("reference");
    assertThat(settings.stepTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.namespace()).matches("tck-\\d{8}-\\d{6}-[0-9a-f]{4}");
    assertThat(configuration.parallelism()).isEqualTo(1);
    assertThat(configuration.profiles()).isEmpty();
    assertThat(configuration.problems()).isEmpty();
  }

  @Test
  void profilesAreACommaSeparatedList() {
    assertThat(
            configuration(Map.of(Constants.PROFILES_PROPERTY_NAME, " core, push ,"), Map.of())
                .profiles())
        .isEqualTo(Set.of("core", "push"));
  }

  @Test
  void unusableValuesAreProblemsNamingTheKey() {
    TckConfiguration configuration =
        configuration(
            Map.of(
                Constants.PARALLELISM_PROPERTY_NAME,
                "many",
                Constants.STEP_TIMEOUT_PROPERTY_NAME,
                "soon",
                Constants.TARGET_URL_PROPERTY_NAME,
                "localhost:5000",
                Constants.TARGET_INSECURE_PROPERTY_NAME,
                "yes",
                Constants.RUN_ID_PROPERTY_NAME,
                "Bad Id"),
            Map.of());
    assertThat(configuration.problems())
        .containsExactlyInAnyOrder(
            "helm-oci-tck.parallelism must be a whole number from 1 to 256, was 'many'",
            "helm-oci-tck.step.timeout must be a duration such as 30s, was 'soon'",
            "helm-oci-tck.target.url must be http(s)://host[:port], was 'localhost:5000'",
            "helm-oci-tck.target.insecure must be true or false, was 'yes'",
            "helm-oci-tck.run-id must be lower case letters, digits and '-', was 'Bad Id'");
  }

  @Test
  void configurationProblemsAreDiscoveryErrors() {
    assertThat(
            TestSuites.engine()
                .configurationParameter(Constants.PARALLELISM_PROPERTY_NAME, "0")
                .discover()
                .getDiscoveryIssues())
        .singleElement()
        .satisfies(
            issue ->
                assertThat(issue.message())
                    .isEqualTo(
                        "helm-oci-tck.parallelism must be a whole number from 1 to 256, was '0'"));
  }

  private static TckConfiguration configuration(
      Map<String, String> parameters, Map<String, String> environment) {
    return MapConfigurationParameters.configuration(parameters, environment);
  }
}
