package dev.helmoci.tck.engine.driver.helm;

import dev.helmoci.tck.engine.Constants;
import dev.helmoci.tck.engine.driver.Driver;
import dev.helmoci.tck.engine.driver.DriverFactory;
import dev.helmoci.tck.engine.driver.DriverSettings;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.tools.HelmRelease;
import dev.helmoci.tck.fixtures.tools.Tools;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code helm-oci-tck.driver=helm@3.8.2}: that helm release, as {@code ./tck provision helm 3.8.2}
 * builds it (or the binary named by {@value HelmCliDriverFactory#BINARY_PROPERTY_NAME}). The binary
 * must report that release: a column of the Helm-version matrix that ran another helm would be a
 * false verdict.
 */
public final class HelmReleaseDriverFactory implements DriverFactory {
  static final String PREFIX = "helm@";

  @Override
  public String name() {
    return PREFIX + "X.Y.Z";
  }

  @Override
  public boolean accepts(String driver) {
    return driver.startsWith(PREFIX);
  }

  @Override
  public Driver create(DriverSettings settings) throws Exception {
    String driver = settings.parameter(Constants.DRIVER_PROPERTY_NAME).orElseThrow();
    HelmRelease release = HelmRelease.parse(driver.substring(PREFIX.length()));
    Path binary =
        settings
            .parameter(HelmCliDriverFactory.BINARY_PROPERTY_NAME)
            .map(Path::of)
            .orElseGet(() -> release.require(Tools.fromEnvironment()));
    String reported =
        new HelmCli(
                binary, Files.createDirectories(settings.workDirectory().resolve("version-home")))
            .version();
    if (!reported.equals(release.tag())) {
      throw new IllegalStateException(
          binary
              + " reports helm "
              + reported
              + ", not "
              + release.tag()
              + "; rebuild it with: ./tck provision helm "
              + release.version());
    }
    return HelmCliDriverFactory.create(settings, PREFIX + release.version(), binary);
  }
}
