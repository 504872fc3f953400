package dev.helmoci.tck.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit's image (built by this module's {@code image} profile), run as the README says: {@code
 * docker run --network host IMAGE run …} with the same OCI_* variables, against a zot process on
 * this host; and with no target, against the zot inside the image (embedded, as a process: there is
 * no Docker in the container); and with the image's helm 4 as the driver.
 */
class ImageIT {
  private static final String IMAGE =
      System.getProperty("tck.image", "helm-oci-tck/kit:0.1.0-SNAPSHOT");
  private static final String PASSWORD = "image-it-password";
  private static final String BASELINE = "/opt/helm-oci-tck/suites/expectations/zot-v2.1.20.yaml";

  @TempDir Path work;

  @BeforeAll
  static void imageIsBuilt() throws Exception {
    UnpackedDistribution.Result inspect =
        UnpackedDistribution.exec(
            List.of("docker", "image", "inspect", IMAGE),
            Map.of(),
            Path.of("."),
            Duration.ofMinutes(1));
    PeerCheck.require(
        inspect.code() == 0,
        "KIT_IMAGE",
        IMAGE
            + " is not built (needs Docker and the base image "
            + "helm-oci-tck/kit-base:local from ./tck provision; then mvn package builds it)");
  }

  @Test
  void runsAgainstARegistryUrlWithTheOciVariables() throws Exception {
    RegistryLauncher launcher =
        RegistryLauncher.of(RegistryFlavor.ZOT, RegistryLauncher.Mode.PROCESS)
            .auth(RegistryAuth.htpasswd("robot", PASSWORD));
    RequiredPeers.available(launcher);
    try (EmbeddedRegistry zot = launcher.start()) {
      Map<String, String> env = new HashMap<>(System.getenv());
      env.putAll(
          Map.of(
              "OCI_ROOT_URL",
              zot.baseUrl().toString(),
              "OCI_USERNAME",
              "robot",
              "OCI_PASSWORD",
              PASSWORD,
              "OCI_NAMESPACE",
              "image-ci"));
      // -e NAME without a value: docker copies it from this environment, so the password is on no
      // command line.
      UnpackedDistribution.Result run =
          docker(
              env,
              List.of(
                  "-e",
                  "OCI_ROOT_URL",
                  "-e",
                  "OCI_USERNAME",
                  "-e",
                  "OCI_PASSWORD",
                  "-e",
                  "OCI_NAMESPACE"),
              "run",
              "--profile",
              "helm-core",
              "--plain-http",
              "--expectations",
              BASELINE,
              "--reports",
              "/reports");
      assertThat(run.code()).as(run.out()).isEqualTo(0);
      assertThat(run.out())
          .contains("Registry under test: " + zot.baseUrl())
          .doesNotContain(PASSWORD);
      JsonNode results = new ObjectMapper().readTree(work.resolve("reports/results.json").toFile());
      assertThat(results.get("counts").get("pass").asInt()).isGreaterThan(20);
      assertThat(results.get("counts").get("fail").asInt()).isZero();
      assertThat(Files.readString(work.resolve("reports/results.json"))).doesNotContain(PASSWORD);
    }
  }

  @Test
  void runsAgainstItsOwnEmbeddedZot() throws Exception {
    UnpackedDistribution.Result run =
        docker(
            System.getenv(),
            List.of(),
            "run",
            "--profile",
            "helm-core",
            "--expectations",
            BASELINE,
            "--reports",
            "/reports");
    assertThat(run.code()).as(run.out()).isEqualTo(0);
    assertThat(run.out())
        .containsPattern("Registry under test: embedded zot v2\\.1\\.20 \\([^)]*process");
    JsonNode results = new ObjectMapper().readTree(work.resolve("reports/results.json").toFile());
    assertThat(results.get("counts").get("pass").asInt()).isGreaterThan(20);
  }

  @Test
  void drivesTheImagesHelm4() throws Exception {
    UnpackedDistribution.Result run =
        docker(
            System.getenv(),
            List.of(),
            "run",
            "--driver",
            "helm4",
            "--case",
            "smoke-push-pull",
            "--reports",
            "/reports");
    assertThat(run.code()).as(run.out()).isEqualTo(0);
    assertThat(run.out()).contains("PASS        smoke-push-pull", "1 passed, 0 failed");
  }

  private UnpackedDistribution.Result docker(
      Map<String, String> env, List<String> options, String... args) throws Exception {
    Path reports = Files.createDirectories(work.resolve("reports"));
    List<String> command =
        new ArrayList<>(
            List.of("docker", "run", "--rm", "--network", "host", "-v", reports + ":/reports"));
    command.addAll(options);
    command.add(IMAGE);
    command.addAll(List.of(args));
    return UnpackedDistribution.exec(command, env, work, Duration.ofMinutes(10));
  }
}
