package dev.helmoci.tck.engine;

import static dev.helmoci.tck.engine.Constants.*;

import dev.helmoci.tck.engine.run.RunSettings;
import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.TargetSettings;
import dev.helmoci.tck.engine.target.TlsOptions;
import dev.helmoci.tck.engine.yaml.Durations;
import java.net.URI;
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

/** The only reader of {@link ConfigurationParameters} (and the {@code OCI_*} environment): see {@link Constants}. */
final class TckConfiguration {

    private static final Map<String, String> ENVIRONMENT = Map.of(TARGET_URL_PROPERTY_NAME, "OCI_ROOT_URL",
            TARGET_USERNAME_PROPERTY_NAME, "OCI_USERNAME", TARGET_PASSWORD_PROPERTY_NAME, "OCI_PASSWORD",
            NAMESPACE_PROPERTY_NAME, "OCI_NAMESPACE");

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
            value = Optional.ofNullable(environment.apply(ENVIRONMENT.get(key))).map(String::trim)
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
        return List.copyOf(problems);
    }

    int parallelism() {
        return get(PARALLELISM_PROPERTY_NAME).map(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= 1 && value <= 256) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(PARALLELISM_PROPERTY_NAME + " must be a whole number from 1 to 256, was '" + text + "'");
            return 1;
        }).orElse(1);
    }

    Set<String> profiles() {
        return get(PROFILES_PROPERTY_NAME).map(text -> Arrays.stream(text.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    }

    Duration stepTimeout() {
        return get(STEP_TIMEOUT_PROPERTY_NAME).map(text -> Durations.parse(text).orElseGet(() -> {
            problems.add(STEP_TIMEOUT_PROPERTY_NAME + " must be a duration such as 30s, was '" + text + "'");
            return Duration.ofSeconds(60);
        })).orElse(Duration.ofSeconds(60));
    }

    private Optional<URI> targetUrl() {
        return get(TARGET_URL_PROPERTY_NAME).flatMap(text -> {
            try {
                URI uri = URI.create(text);
                if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    return Optional.of(uri);
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            problems.add(TARGET_URL_PROPERTY_NAME + " must be http(s)://host[:port], was '" + text + "'");
            return Optional.empty();
        });
    }

    private boolean flag(String key) {
        return get(key).map(text -> {
            if (!text.equals("true") && !text.equals("false")) {
                problems.add(key + " must be true or false, was '" + text + "'");
            }
            return text.equals("true");
        }).orElse(false);
    }

    private String runId() {
        return get(RUN_ID_PROPERTY_NAME).filter(id -> {
            boolean valid = id.matches("[a-z0-9][a-z0-9-]{0,62}");
            if (!valid) {
                problems.add(RUN_ID_PROPERTY_NAME + " must be lower case letters, digits and '-', was '" + id + "'");
            }
            return valid;
        }).orElseGet(TckConfiguration::newRunId);
    }

    private static String newRunId() {
        String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return time + "-" + Integer.toHexString(new SecureRandom().nextInt(0x10000) | 0x10000).substring(1);
    }

    RunSettings runSettings() {
        String runId = runId();
        String namespace = get(NAMESPACE_PROPERTY_NAME).map(ns -> ns.replaceAll("/+$", "") + "/").orElse("")
                + "tck-" + runId;
        Optional<URI> url = targetUrl();
        Optional<Credentials> credentials = get(TARGET_USERNAME_PROPERTY_NAME).map(user -> new Credentials(user,
                get(TARGET_PASSWORD_PROPERTY_NAME).orElse("")));
        TlsOptions tls = new TlsOptions(get(TARGET_CA_FILE_PROPERTY_NAME).map(Path::of),
                flag(TARGET_INSECURE_PROPERTY_NAME), flag(TARGET_PLAIN_HTTP_PROPERTY_NAME));
        String provider = get(TARGET_PROVIDER_PROPERTY_NAME).orElse(url.isPresent() ? "url" : "embedded");
        return new RunSettings(runId, namespace, provider, new TargetSettings(url, credentials, tls, this::get),
                get(DRIVER_PROPERTY_NAME).orElse("reference"), stepTimeout(),
                Path.of(get(OUTPUT_DIRECTORY_PROPERTY_NAME).orElse("target/helm-oci-tck")), this::get);
    }
}
