package dev.helmoci.tck.engine.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@value #PROPERTY_NAME}: a Docker config directory (such as {@code ~/.docker}) whose {@code
 * config.json} every driver reads as Helm reads {@code $DOCKER_CONFIG/config.json}, the fallback
 * after its own registry config: {@code auths}, {@code credsStore} and {@code credHelpers} (the
 * {@code docker-credential-*} helpers are found on {@code PATH}). The file is copied into the
 * driver's private home, so nothing writes to the original.
 */
public final class DockerConfigSeed {

  public static final String PROPERTY_NAME = "helm-oci-tck.driver.docker-config";
  private static final String FILE_NAME = "config.json";

  private DockerConfigSeed() {}

  /** Copies the configured {@code config.json}, if any, into {@code dockerConfigDirectory}. */
  public static void seed(DriverSettings settings, Path dockerConfigDirectory) throws IOException {
    Optional<Path> source =
        settings.parameter(PROPERTY_NAME).map(dir -> Path.of(dir).resolve(FILE_NAME));
    if (source.isPresent()) {
      Files.createDirectories(dockerConfigDirectory);
      Files.copy(
          source.get(),
          dockerConfigDirectory.resolve(FILE_NAME),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Empty when {@code directory} holds a {@code config.json}; otherwise the problem. */
  public static Optional<String> problem(String directory) {
    return Files.isRegularFile(Path.of(directory).resolve(FILE_NAME))
        ? Optional.empty()
        : Optional.of(
            PROPERTY_NAME + " must be a directory with a config.json, was '" + directory + "'");
  }
}
