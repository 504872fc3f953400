package dev.helmoci.tck.engine.driver.reference;

import dev.helmoci.tck.client.action.HelmEmulation;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.engine.Constants;
import dev.helmoci.tck.engine.driver.DockerConfigSeed;
import dev.helmoci.tck.engine.driver.Driver;
import dev.helmoci.tck.engine.driver.DriverFactory;
import dev.helmoci.tck.engine.driver.DriverSettings;
import dev.helmoci.tck.engine.evidence.StepTranscript;
import dev.helmoci.tck.engine.target.TargetClients;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code helm-oci-tck.driver=reference}: the in-process reference client, emulating the Helm
 * version in {@value #HELM_VERSION_PROPERTY_NAME} (default: the pinned Helm 3).
 */
public final class ReferenceDriverFactory implements DriverFactory {
  public static final String NAME = "reference";
  public static final String HELM_VERSION_PROPERTY_NAME =
      Constants.DRIVER_REFERENCE_HELM_VERSION_PROPERTY_NAME;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Driver create(DriverSettings settings) throws Exception {
    HelmEmulation helm =
        settings
            .parameter(HELM_VERSION_PROPERTY_NAME)
            .map(HelmEmulation::parse)
            .orElse(HelmEmulation.HELM_3);
    TransportOptions.Builder transport =
        TargetClients.transportOptions(settings.target()).toBuilder()
            // Every exchange, already redacted by the client, goes to the transcript of the step
            // that caused it.
            .observer(StepTranscript::exchange)
            .sharedConnections(TargetConnections.of(settings.target()));
    Path home = Files.createDirectories(settings.workDirectory().resolve("reference-home"));
    DockerConfigSeed.seed(settings, home.resolve(ReferenceClients.DOCKER_CONFIG_DIRECTORY));
    return new ReferenceDriver(new ReferenceClients(helm, transport.build(), home));
  }
}
