package dev.helmoci.tck.engine.embedded;

import dev.helmoci.tck.engine.Constants;
import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.EmbeddedAuth;
import dev.helmoci.tck.engine.target.EmbeddedTransport;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.engine.target.TargetProvider;
import dev.helmoci.tck.engine.target.TargetSettings;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code embedded}: starts the kit's default registry (zot, else distribution; see {@link
 * RegistryLauncher}) for the run, by default with htpasswd auth over plain HTTP so suites exercise
 * login. {@link EmbeddedAuth} and {@link EmbeddedTransport} choose other modes. Credentials are the
 * configured ones, or generated per run.
 */
public final class EmbeddedTargetProvider implements TargetProvider {

  public static final String NAME = "embedded";

  /**
   * Which embedded registry: {@code default} (zot, else distribution), or {@code <flavor>[:<mode>]}
   * with flavor {@code zot}, {@code distribution-3}, {@code distribution-2} and mode {@code
   * container} or {@code process}.
   */
  public static final String REGISTRY_PROPERTY_NAME =
      Constants.TARGET_EMBEDDED_REGISTRY_PROPERTY_NAME;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Target open(TargetSettings settings) {
    EmbeddedAuth auth =
        settings
            .parameter(EmbeddedAuth.PROPERTY_NAME)
            .map(EmbeddedAuth::parse)
            .orElse(EmbeddedAuth.BASIC);
    EmbeddedTransport transport =
        settings
            .parameter(EmbeddedTransport.PROPERTY_NAME)
            .map(EmbeddedTransport::parse)
            .orElse(EmbeddedTransport.PLAIN);
    Optional<Credentials> credentials =
        auth == EmbeddedAuth.NONE
            ? settings.credentials()
            : Optional.of(
                settings.credentials().orElseGet(EmbeddedTargetProvider::generatedCredentials));
    RegistryLauncher launcher =
        launcher(settings.parameter(REGISTRY_PROPERTY_NAME).orElse("default"));
    EmbeddedSecurity security =
        EmbeddedSecurity.start(auth, transport, credentials, launcher.mode());
    try {
      EmbeddedRegistry registry =
          launcher.auth(security.registryAuth()).tls(security.registryTls()).start();
      return new EmbeddedTarget(registry, credentials, security);
    } catch (RuntimeException e) {
      security.close();
      throw e;
    }
  }

  private static Credentials generatedCredentials() {
    byte[] secret = new byte[12];
    new SecureRandom().nextBytes(secret);
    return new Credentials("tck", HexFormat.of().formatHex(secret));
  }

  static RegistryLauncher launcher(String choice) {
    if (choice.equals("default")) {
      return RegistryLauncher.embeddedDefault();
    }
    String[] parts = choice.split(":", 2);
    RegistryFlavor flavor;
    switch (parts[0]) {
      case "zot":
        flavor = RegistryFlavor.ZOT;
        break;
      case "distribution-3":
        flavor = RegistryFlavor.DISTRIBUTION_3;
        break;
      case "distribution-2":
        flavor = RegistryFlavor.DISTRIBUTION_2;
        break;
      default:
        throw new IllegalArgumentException(
            REGISTRY_PROPERTY_NAME
                + "="
                + choice
                + ": unknown registry (zot, distribution-3, distribution-2, default)");
    }
    RegistryLauncher.Mode mode =
        parts.length > 1 && parts[1].equals("container")
            ? RegistryLauncher.Mode.CONTAINER
            : RegistryLauncher.Mode.PROCESS;
    return RegistryLauncher.of(flavor, mode);
  }
}
