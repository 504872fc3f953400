package dev.helmoci.tck.engine.driver.helm;

import dev.helmoci.tck.engine.Constants;
import dev.helmoci.tck.engine.driver.DockerConfigSeed;
import dev.helmoci.tck.engine.driver.Driver;
import dev.helmoci.tck.engine.driver.DriverFactory;
import dev.helmoci.tck.engine.driver.DriverSettings;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.tools.Tools;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code helm-oci-tck.driver=helm3} or {@code helm4}: the provisioned real helm binary, or the one
 * named by {@value #BINARY_PROPERTY_NAME}.
 */
public abstract class HelmCliDriverFactory implements DriverFactory {
  public static final String BINARY_PROPERTY_NAME = Constants.DRIVER_HELM_BINARY_PROPERTY_NAME;

  private final String name;
  private final Tool tool;

  HelmCliDriverFactory(String name, Tool tool) {
    this.name = name;
    this.tool = tool;
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * The binary to run; the pinned one of {@code tool} unless {@value #BINARY_PROPERTY_NAME} names
   * another.
   */
  Path binary(DriverSettings settings) {
    return settings
        .parameter(BINARY_PROPERTY_NAME)
        .map(Path::of)
        .orElseGet(() -> Tools.fromEnvironment().require(tool));
  }

  @Override
  public Driver create(DriverSettings settings) throws Exception {
    return create(settings, name, binary(settings));
  }

  static Driver create(DriverSettings settings, String name, Path binary) throws Exception {
    Path home =
        Files.createDirectories(settings.workDirectory().resolve(name.replace('@', '-') + "-home"));
    HelmCli helm = new HelmCli(binary, home);
    DockerConfigSeed.seed(settings, helm.dockerConfigDir());
    // One timeout, the step's: its cancel interrupts the wait and kills helm's process tree
    // (HelmCli.run). This
    // backstop only bounds a helm left running by a caller without a step timeout.
    return new HelmCliDriver(
        name, helm, new TransportFlags(settings.target().tls()), Duration.ofHours(1));
  }

  /** The pinned helm 3. */
  public static final class Helm3 extends HelmCliDriverFactory {
    public Helm3() {
      super("helm3", Tool.HELM3);
    }
  }

  /** The pinned helm 4. */
  public static final class Helm4 extends HelmCliDriverFactory {
    public Helm4() {
      super("helm4", Tool.HELM4);
    }
  }
}
