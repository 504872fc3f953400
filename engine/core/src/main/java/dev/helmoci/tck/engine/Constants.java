package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.driver.DockerConfigSeed;
import dev.helmoci.tck.engine.target.EmbeddedAuth;
import dev.helmoci.tck.engine.target.EmbeddedTransport;
import org.apiguardian.api.API;

/**
 * Every configuration parameter of the Helm OCI TCK engine. Set them in {@code
 * junit-platform.properties}, as system properties, in Surefire's {@code configurationParameters},
 * or with {@code @ConfigurationParameter} on a {@code @Suite} class. Where an environment variable
 * is named, it is used when the parameter is absent.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Constants {

  /** The engine id, for {@code @IncludeEngines}: {@value}. */
  public static final String ENGINE_ID = "helm-oci-tck";

  /**
   * Suite files are named {@code *}{@value}; other files in scanned directories and packages are
   * ignored.
   */
  public static final String SUITE_FILE_SUFFIX = ".suite.yaml";

  /**
   * Base URL of a running registry to test, {@code http(s)://host[:port]}. Env {@code
   * OCI_ROOT_URL}.
   */
  public static final String TARGET_URL_PROPERTY_NAME = "helm-oci-tck.target.url";

  /** Registry user name. Env {@code OCI_USERNAME}. */
  public static final String TARGET_USERNAME_PROPERTY_NAME = "helm-oci-tck.target.username";

  /**
   * Registry password; never printed, masked in every message and report. Env {@code OCI_PASSWORD}.
   */
  public static final String TARGET_PASSWORD_PROPERTY_NAME = "helm-oci-tck.target.password";

  /** PEM file of CAs to trust for the target (Helm's {@code --ca-file}). */
  public static final String TARGET_CA_FILE_PROPERTY_NAME = "helm-oci-tck.target.ca-file";

  /**
   * {@code true} to skip TLS verification (Helm's {@code --insecure-skip-tls-verify}). Default
   * {@code false}.
   */
  public static final String TARGET_INSECURE_PROPERTY_NAME = "helm-oci-tck.target.insecure";

  /**
   * {@code true} to speak plain HTTP (Helm's {@code --plain-http}); implied by an {@code http://}
   * URL.
   */
  public static final String TARGET_PLAIN_HTTP_PROPERTY_NAME = "helm-oci-tck.target.plain-http";

  /**
   * PEM client certificate for a registry that wants mutual TLS (Helm's {@code --cert-file}); needs
   * the key file.
   */
  public static final String TARGET_CLIENT_CERT_FILE_PROPERTY_NAME =
      "helm-oci-tck.target.client-cert-file";

  /** PEM private key of the client certificate (Helm's {@code --key-file}). */
  public static final String TARGET_CLIENT_KEY_FILE_PROPERTY_NAME =
      "helm-oci-tck.target.client-key-file";

  /**
   * An access token (personal access token, robot token) the registry takes as the password of
   * {@value #TARGET_USERNAME_PROPERTY_NAME}; masked like a password. Not together with a password.
   * Env {@code OCI_TOKEN}.
   */
  public static final String TARGET_TOKEN_PROPERTY_NAME = "helm-oci-tck.target.token";

  /**
   * A second, pull-only account of the target (precondition {@code reader-account}). Env {@code
   * OCI_READER_USERNAME}.
   */
  public static final String TARGET_READER_USERNAME_PROPERTY_NAME =
      "helm-oci-tck.target.reader.username";

  /**
   * The password of {@value #TARGET_READER_USERNAME_PROPERTY_NAME}; masked everywhere. Env {@code
   * OCI_READER_PASSWORD}.
   */
  public static final String TARGET_READER_PASSWORD_PROPERTY_NAME =
      "helm-oci-tck.target.reader.password";

  /**
   * Which embedded registry the {@code embedded} target starts: {@code default} (zot, else
   * distribution), {@code zot}, {@code distribution-3}, {@code distribution-2}, each optionally
   * {@code :container} or {@code :process}. Read by helm-oci-tck-embedded.
   */
  public static final String TARGET_EMBEDDED_REGISTRY_PROPERTY_NAME =
      "helm-oci-tck.target.embedded.registry";

  /**
   * The Helm version the reference client emulates (messages, push scope hint). Default {@code
   * 3.22.0}.
   */
  public static final String DRIVER_REFERENCE_HELM_VERSION_PROPERTY_NAME =
      "helm-oci-tck.driver.reference.helm-version";

  /**
   * The helm binary of the {@code helm3}/{@code helm4} drivers. Default: the provisioned one. Read
   * by helm-oci-tck-embedded.
   */
  public static final String DRIVER_HELM_BINARY_PROPERTY_NAME = "helm-oci-tck.driver.helm.binary";

  /**
   * Delete what the run pushed, by digest, when it ends ({@code cleanup-<run id>.txt} says what was
   * kept and why). Default {@code true} for a URL target, {@code false} for the embedded one.
   */
  public static final String CLEANUP_PROPERTY_NAME = "helm-oci-tck.cleanup";

  /**
   * How the embedded registry authenticates: {@code basic} (htpasswd, default), {@code bearer} (a
   * token service started beside it), {@code none}.
   */
  public static final String TARGET_EMBEDDED_AUTH_PROPERTY_NAME = EmbeddedAuth.PROPERTY_NAME;

  /**
   * The embedded registry's transport: {@code plain} (HTTP, default), {@code tls} (a CA generated
   * for the run), {@code mtls} (and a client certificate), {@code self-signed} (clients skip
   * verification).
   */
  public static final String TARGET_EMBEDDED_TLS_PROPERTY_NAME = EmbeddedTransport.PROPERTY_NAME;

  /**
   * Which {@link dev.helmoci.tck.engine.target.TargetProvider} opens the target: {@code url},
   * {@code embedded}, or any provider on the class path. Default: {@code url} when a target URL is
   * set, else {@code embedded}.
   */
  public static final String TARGET_PROVIDER_PROPERTY_NAME = "helm-oci-tck.target.provider";

  /**
   * {@code true} runs every case whatever its {@code helm:} range says: only to prove a range's
   * boundary by running the case through releases on both sides of it. Such a run is no verdict on
   * the registry. Default false.
   */
  public static final String IGNORE_HELM_RANGES_PROPERTY_NAME = "helm-oci-tck.helm-ranges.ignore";

  /**
   * The client acting as Helm: {@code reference} (default), {@code helm3}, {@code helm4}, {@code
   * helm@X.Y.Z}.
   */
  public static final String DRIVER_PROPERTY_NAME = "helm-oci-tck.driver";

  /**
   * A Docker config directory (such as {@code ~/.docker}) whose {@code config.json} the drivers
   * read as Helm's credentials fallback, with its {@code credsStore}/{@code credHelpers} helpers
   * found on {@code PATH}.
   */
  public static final String DRIVER_DOCKER_CONFIG_PROPERTY_NAME = DockerConfigSeed.PROPERTY_NAME;

  /**
   * Repository prefix in the target, such as {@code myorg/ci}; the run adds {@code tck-<run id>}.
   * Env {@code OCI_NAMESPACE}.
   */
  public static final String NAMESPACE_PROPERTY_NAME = "helm-oci-tck.namespace";

  /**
   * Run id used in the namespace and the ledger file name (lower case, digits, '-'). Default:
   * generated.
   */
  public static final String RUN_ID_PROPERTY_NAME = "helm-oci-tck.run-id";

  /** Comma-separated profiles to run (a suite runs if it lists one of them). Default: all. */
  public static final String PROFILES_PROPERTY_NAME = "helm-oci-tck.profiles";

  /** Number of cases run at once; {@code 1} (default) runs sequentially. */
  public static final String PARALLELISM_PROPERTY_NAME = "helm-oci-tck.parallelism";

  /**
   * Run one share of the selected cases: {@code I/N} (1-based, such as {@code 2/4}) for job I of a
   * matrix of N. Cases are placed by a hash of their suite id and dependency group, so the split is
   * the same on every machine and run, and a case lands with the cases it {@code dependsOn}.
   * Default: all cases.
   */
  public static final String SHARD_PROPERTY_NAME = "helm-oci-tck.shard";

  /**
   * Default step timeout, such as {@code 30s}; a case's {@code timeout} and a step's override it.
   * Default {@code 60s}.
   */
  public static final String STEP_TIMEOUT_PROPERTY_NAME = "helm-oci-tck.step.timeout";

  /**
   * Where the run ledger ({@code ledger-<run id>.jsonl}) is written. Default {@code
   * target/helm-oci-tck}.
   */
  public static final String OUTPUT_DIRECTORY_PROPERTY_NAME = "helm-oci-tck.output.directory";

  /**
   * Keep the run's work directory (helm homes, Docker configs, charts) for debugging instead of
   * deleting it when the run ends; it may hold credentials. Default {@code false}.
   */
  public static final String KEEP_WORK_PROPERTY_NAME = "helm-oci-tck.keep-work";

  /**
   * {@code true}: a failed {@code deviates} case is {@code fail} instead of {@code warn}, so
   * deviations fail the run (certification, {@code --strict}). Default {@code false}.
   */
  public static final String STRICT_PROPERTY_NAME = "helm-oci-tck.strict";

  /**
   * Known failures: a YAML file (or {@code classpath:} resource) of {@code expectations: [{case,
   * reason, link, expires}]}. A listed failing case is {@code expected-fail}; a listed case that
   * passes fails (stale). Default: none.
   */
  public static final String EXPECTATIONS_PROPERTY_NAME = "helm-oci-tck.expectations";

  /**
   * The key of the report entry the engine publishes once, on the engine node, naming the registry
   * under test (e.g. {@code embedded zot v2.1.20 (minimal, container …)}); written, not read.
   */
  public static final String TARGET_ENTRY_KEY = "helm-oci-tck.target";

  private Constants() {}
}
