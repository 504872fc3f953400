package dev.helmoci.tck.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/consumer}, a separate Maven project, built and run by Maven against the artifacts
 * this build installed (engine, suites) and a zot process with htpasswd auth: its @Suite runs the
 * kit's smoke suite and its own two YAML cases, and every one of them passes — none skipped.
 */
class ConsumerExampleIT {
  private static final String PASSWORD = "consumer-it-password";
  private static final List<String> CASES =
      List.of("smoke-push-pull", "vendor-team-chart-roundtrip", "vendor-tag-listed");
  private static final Pattern TEST_CASE =
      Pattern.compile("<testcase name=\"([^\"]+)\"[^>]*?(/>|>(.*?)</testcase>)", Pattern.DOTALL);

  @TempDir Path work;

  @Test
  void theConsumerProjectRunsTheKitAndItsOwnCasesAgainstZot() throws Exception {
    Path repository =
        Path.of(
            System.getProperty(
                "tck.local-repository", System.getProperty("user.home") + "/.m2/repository"));
    requireInstalled(repository, "helm-oci-tck-engine", "../engine/core/target");
    requireInstalled(repository, "helm-oci-tck-suites", "../suites/target");
    RegistryLauncher launcher =
        RegistryLauncher.of(RegistryFlavor.ZOT, RegistryLauncher.Mode.PROCESS)
            .auth(RegistryAuth.htpasswd("vendor", PASSWORD));
    RequiredPeers.available(launcher);

    Path project =
        copy(
            Path.of("../examples/consumer").toAbsolutePath().normalize(), work.resolve("consumer"));
    try (EmbeddedRegistry zot = launcher.start()) {
      Map<String, String> env = new HashMap<>(System.getenv());
      env.put("OCI_ROOT_URL", zot.baseUrl().toString());
      env.put("OCI_USERNAME", "vendor");
      env.put("OCI_PASSWORD", PASSWORD);
      env.put("OCI_NAMESPACE", "vendor-ci");
      // Online, as a vendor's build is: the kit's transitive dependencies resolve at the consumer's
      // own versions,
      // which this build's repository need not hold yet.
      List<String> mvn =
          new ArrayList<>(List.of(maven(), "-B", "test", "-Dmaven.repo.local=" + repository));
      UnpackedDistribution.Result build =
          UnpackedDistribution.exec(mvn, env, project, Duration.ofMinutes(10));
      assertThat(build.code()).as(build.out()).isEqualTo(0);
      assertThat(build.out()).doesNotContain(PASSWORD);
    }

    Map<String, String> results = new HashMap<>();
    try (Stream<Path> reports = Files.list(project.resolve("target/surefire-reports"))) {
      for (Path report :
          reports.filter(p -> p.getFileName().toString().endsWith(".xml")).toList()) {
        Matcher m = TEST_CASE.matcher(Files.readString(report));
        while (m.find()) {
          String body = m.group(3) == null ? "" : m.group(3);
          String outcome =
              body.contains("<skipped")
                  ? "skipped"
                  : body.contains("<failure") || body.contains("<error") ? "failed" : "passed";
          results.put(m.group(1).replaceAll(":.*", ""), outcome);
        }
      }
    }
    for (String id : CASES) {
      assertThat(results)
          .as("surefire reports of the consumer: %s", results)
          .containsEntry(id, "passed");
    }
  }

  /**
   * The consumer resolves what `mvn install` put in the local repository; a stale copy would test
   * old code.
   */
  private static void requireInstalled(Path repository, String artifact, String built)
      throws IOException {
    String file = artifact + "-0.1.0-SNAPSHOT.jar";
    Path installed = repository.resolve("dev/helmoci/tck/" + artifact + "/0.1.0-SNAPSHOT/" + file);
    Path fresh = Path.of(built, file);
    if (!Files.isRegularFile(installed) || Files.mismatch(installed, fresh) != -1) {
      throw new AssertionError(
          installed
              + " is missing or differs from "
              + fresh.toAbsolutePath()
              + ": the consumer example needs this build's artifacts installed; run `mvn install` (./tck test does)");
    }
  }

  private static String maven() {
    String home = System.getProperty("maven.home", System.getenv().getOrDefault("MAVEN_HOME", ""));
    Path mvn = Path.of(home, "bin", "mvn");
    return !home.isEmpty() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }
}
