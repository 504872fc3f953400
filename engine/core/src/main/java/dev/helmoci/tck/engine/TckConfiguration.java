package dev.helmoci.tck.engine;

import static dev.helmoci.tck.engine.Constants.*;

import dev.helmoci.tck.engine.baseline.Expectations;
import dev.helmoci.tck.engine.driver.DockerConfigSeed;
import dev.helmoci.tck.engine.run.RunSettings;
import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.EmbeddedAuth;
import dev.helmoci.tck.engine.target.EmbeddedTransport;
import dev.helmoci.tck.engine.target.TargetSettings;
import dev.helmoci.tck.engine.target.TlsOptions;
import dev.helmoci.tck.engine.yaml.Durations;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The only reader of {@link ConfigurationParameters} (and the {@code OCI_*} environment): see
 * {@link Constants}.
 */
final class TckConfiguration {

  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          TARGET_URL_PROPERTY_NAME,
          "OCI_ROOT_URL",
          TARGET_USERNAME_PROPERTY_NAME,
          "OCI_USERNAME",
          TARGET_PASSWORD_PROPERTY_NAME,
          "OCI_PASSWORD",
          NAMESPACE_PROPERTY_NAME,
          "OCI_NAMESPACE",
          TARGET_TOKEN_PROPERTY_NAME,
          "OCI_TOKEN");

  private final ConfigurationParameters parameters;
  private final Function<String, String> environment;
  private final List<String> problems = new ArrayList<>();

  TckConfiguration(ConfigurationParameters parameters, Function<String, String> environment) {
    this.parameters = parameters;
    this.environment = environment;
  }

  static TckConfiguration of(ConfigurationParameters parameters) {
    return new TckConfiguration(parameters, System::getenv);
  }

  Optional<String> get(String key) {
    Optional<String> value = parameters.get(key).map(String::trim).filter(v -> !v.isEmpty());
    if (value.isEmpty() && ENVIRONMENT.containsKey(key)) {
      value =
          Optional.ofNullable(environment.apply(ENVIRONMENT.get(key)))
              .map(String::trim)
              .filter(v -> !v.isEmpty());
    }
    return value;
  }

  /** Set values that cannot be used, each naming its key; reported at discovery. */
  List<String> problems() {
    problems.clear();
    parallelism();
    stepTimeout();
    targetUrl();
    runId();
    flag(TARGET_INSECURE_PROPERTY_NAME);
    flag(TARGET_PLAIN_HTTP_PROPERTY_NAME);
    flag(STRICT_PROPERTY_NAME);
    expectations();
    shard();
    credentials();
    clientCertificate();
    embeddedMode(TARGET_EMBEDDED_AUTH_PROPERTY_NAME, EmbeddedAuth::parse);
    embeddedMode(TARGET_EMBEDDED_TLS_PROPERTY_NAME, EmbeddedTransport::parse);
    get(DRIVER_DOCKER_CONFIG_PROPERTY_NAME)
        .flatMap(DockerConfigSeed::problem)
        .ifPresent(problems::add);
    return List.copyOf(problems);
  }

  int parallelism() {
    return get(PARALLELISM_PROPERTY_NAME)
        .map(
            text -> {
              try {
                int value = Integer.parseInt(text);
                if (value >= 1 && value <= 256) {
                  return value;
                }
              } catch (NumberFormatException e) {
                // reported below
              }
              problems.add(
                  PARALLELISM_PROPERTY_NAME
                      + " must be a whole number from 1 to 256, was '"
                      + text
                      + "'");
              return 1;
            })
        .orElse(1);
  }

  /** {@value Constants#STRICT_PROPERTY_NAME}: deviations fail. */
  boolean strict() {
    return flag(STRICT_PROPERTY_NAME);
  }

  /** {@value Constants#EXPECTATIONS_PROPERTY_NAME}: the known failures, or none. */
  Expectations expectations() {
    return get(EXPECTATIONS_PROPERTY_NAME)
        .map(
            location -> {
              try {
                return Expectations.load(location);
              } catch (RuntimeException e) {
                problems.add(EXPECTATIONS_PROPERTY_NAME + "=" + location + ": " + e.getMessage());
                return Expectations.NONE;
              }
            })
        .orElse(Expectations.NONE);
  }

  /** {@value Constants#SHARD_PROPERTY_NAME}: the share of the cases to keep, or all of them. */
  Optional<Shard> shard() {
    return get(SHARD_PROPERTY_NAME)
        .flatMap(
            text -> {
              Optional<Shard> shard = Shard.parse(text);
              if (shard.isEmpty()) {
                problems.add(
                    SHARD_PROPERTY_NAME
                        + " must be I/N with 1 <= I <= N (such as 2/4), was '"
                        + text
                        + "'");
              }
              return shard;
            });
  }

  Set<String> profiles() {
    return get(PROFILES_PROPERTY_NAME)
        .map(
            text ->
                Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  Duration stepTimeout() {
    return get(STEP_TIMEOUT_PROPERTY_NAME)
        .map(
            text ->
                Durations.parse(text)
                    .orElseGet(
                        () -> {
                          problems.add(
                              STEP_TIMEOUT_PROPERTY_NAME
                                  + " must be a duration such as 30s, was '"
                                  + text
                                  + "'");
                          return Duration.ofSeconds(60);
                        }))
        .orElse(Duration.ofSeconds(60));
  }

  private Optional<URI> targetUrl() {
    return get(TARGET_URL_PROPERTY_NAME)
        .flatMap(
            text -> {
              try {
                URI uri = URI.create(text);
                if (uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                  return Optional.of(uri);
                }
              } catch (IllegalArgumentException e) {
                // reported below
              }
              problems.add(
                  TARGET_URL_PROPERTY_NAME + " must be http(s)://host[:port], was '" + text + "'");
              return Optional.empty();
            });
  }

  private boolean flag(String key) {
    return get(key)
        .map(
            text -> {
              if (!text.equals("true") && !text.equals("false")) {
                problems.add(key + " must be true or false, was '" + text + "'");
              }
              return text.equals("true");
            })
        .orElse(false);
  }

  /** The password, or else the token, of the configured user; never named in a problem. */
  private Optional<Credentials> credentials() {
    Optional<String> user = get(TARGET_USERNAME_PROPERTY_NAME);
    Optional<String> password = get(TARGET_PASSWORD_PROPERTY_NAME);
    Optional<String> token = get(TARGET_TOKEN_PROPERTY_NAME);
    if (token.isPresent() && password.isPresent()) {
      problems.add(
          TARGET_TOKEN_PROPERTY_NAME
              + " and "
              + TARGET_PASSWORD_PROPERTY_NAME
              + " are both set; a token is used as the password, so set only one");
    }
    if (token.isPresent() && user.isEmpty()) {
      problems.add(
          TARGET_TOKEN_PROPERTY_NAME
              + " needs "
              + TARGET_USERNAME_PROPERTY_NAME
              + ": registries take a token as the password of a user name");
    }
    return user.map(name -> new Credentials(name, password.or(() -> token).orElse("")));
  }

  private Optional<TlsOptions.ClientCertificate> clientCertificate() {
    Optional<Path> cert = existingFile(TARGET_CLIENT_CERT_FILE_PROPERTY_NAME);
    Optional<Path> key = existingFile(TARGET_CLIENT_KEY_FILE_PROPERTY_NAME);
    if (cert.isPresent() != key.isPresent()) {
      problems.add(
          TARGET_CLIENT_CERT_FILE_PROPERTY_NAME
              + " and "
              + TARGET_CLIENT_KEY_FILE_PROPERTY_NAME
              + " must be set together");
      return Optional.empty();
    }
    return cert.map(c -> new TlsOptions.ClientCertificate(c, key.get()));
  }

  private Optional<Path> existingFile(String key) {
    return get(key)
        .map(Path::of)
        .filter(
            path -> {
              boolean exists = Files.isRegularFile(path);
              if (!exists) {
                problems.add(key + " names no file: " + path);
              }
              return exists;
            });
  }

  private void embeddedMode(String key, Function<String, ?> parser) {
    get(key)
        .ifPresent(
            text -> {
              try {
                parser.apply(text);
              } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
              }
            });
  }

  private String runId() {
    return get(RUN_ID_PROPERTY_NAME)
        .filter(
            id -> {
              boolean valid = id.matches("[a-z0-9][a-z0-9-]{0,62}");
              if (!valid) {
                problems.add(
                    RUN_ID_PROPERTY_NAME
                        + " must be lower case letters, digits and '-', was '"
                        + id
                        + "'");
              }
              return valid;
            })
        .orElseGet(TckConfiguration::newRunId);
  }

  private static String newRunId() {
    String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    return time
        + "-"
        + Integer.toHexString(new SecureRandom().nextInt(0x10000) | 0x10000).substring(1);
  }

  RunSettings runSettings() {
    String runId = runId();
    String namespace =
        get(NAMESPACE_PROPERTY_NAME).map(ns -> ns.replaceAll("/+$", "") + "/").orElse("")
            + "tck-"
            + runId;
    Optional<URI> url = targetUrl();
    Optional<Credentials> credentials = credentials();
    TlsOptions tls =
        new TlsOptions(
            get(TARGET_CA_FILE_PROPERTY_NAME).map(Path::of),
            flag(TARGET_INSECURE_PROPERTY_NAME),
            flag(TARGET_PLAIN_HTTP_PROPERTY_NAME),
            clientCertificate());
    String provider =
        get(TARGET_PROVIDER_PROPERTY_NAME).orElse(url.isPresent() ? "url" : "embedded");
    return new RunSettings(
        runId,
        namespace,
        provider,
        new TargetSettings(url, credentials, tls, this::get),
        get(DRIVER_PROPERTY_NAME).orElse("reference"),
        stepTimeout(),
        Path.of(get(OUTPUT_DIRECTORY_PROPERTY_NAME).orElse("target/helm-oci-tck")),
        this::get);
  }
}
