package dev.helmoci.tck.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI templates in {@code examples/ci}: the GitHub workflow passes actionlint (and a broken copy
 * does not); both templates run {@code tck-gate.sh}, which is run here as they run it — the
 * unpacked distribution against a staging-like zot with credentials in OCI_* variables — failing on
 * zot's real finding without a baseline and passing with it, posting summary.md to the job summary
 * and leaving the reports the templates keep.
 */
class CiTemplatesIT {
  private static final Path CI = Path.of("../examples/ci").toAbsolutePath().normalize();
  private static final Path WORKFLOW = CI.resolve("github/helm-oci-tck.yml");
  private static final Path GITLAB = CI.resolve("gitlab/.gitlab-ci.yml");
  private static final String PASSWORD = "ci-templates-it-password";

  @TempDir Path work;

  @Test
  void theWorkflowPassesActionlintAndABrokenOneDoesNot() throws Exception {
    Path actionlint = actionlint();
    UnpackedDistribution.Result lint =
        UnpackedDistribution.exec(
            List.of(actionlint.toString(), WORKFLOW.toString()),
            Map.of(),
            work,
            Duration.ofMinutes(2));
    assertThat(lint.code()).as(lint.out()).isEqualTo(0);

    Path broken = work.resolve("broken.yml");
    Files.writeString(
        broken, Files.readString(WORKFLOW).replace("matrix.shard }}/4", "matrix.shards }}/4"));
    UnpackedDistribution.Result caught =
        UnpackedDistribution.exec(
            List.of(actionlint.toString(), broken.toString()),
            Map.of(),
            work,
            Duration.ofMinutes(2));
    assertThat(caught.code()).as(caught.out()).isEqualTo(1);
    assertThat(caught.out()).contains("shards");
  }

  @Test
  @SuppressWarnings("unchecked")
  void bothTemplatesRunTheGateScriptAndKeepTheReports() throws Exception {
    Map<String, Object> github = new Yaml().load(Files.readString(WORKFLOW));
    Map<String, Object> job =
        (Map<String, Object>) ((Map<String, Object>) github.get("jobs")).get("conformance");
    List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
    assertThat(steps)
        .anySatisfy(step -> assertThat(step.get("run")).isEqualTo("bash ci/tck-gate.sh"));
    assertThat(((Map<String, Object>) job.get("env")).get("OCI_PASSWORD"))
        .isEqualTo("${{ secrets.STAGING_REGISTRY_PASSWORD }}");

    Map<String, Object> gitlab = new Yaml().load(Files.readString(GITLAB));
    Map<String, Object> gitlabJob = (Map<String, Object>) gitlab.get("helm-oci-tck");
    assertThat((List<String>) gitlabJob.get("script")).contains("bash ci/tck-gate.sh");
    Map<String, Object> artifacts = (Map<String, Object>) gitlabJob.get("artifacts");
    assertThat(artifacts.get("when")).isEqualTo("always");
    assertThat(((Map<String, Object>) artifacts.get("reports")).get("junit"))
        .isEqualTo("$TCK_REPORTS/junit/*.xml");
    assertThat(((Map<String, Object>) gitlabJob.get("variables")).get("OCI_PASSWORD"))
        .isEqualTo("$STAGING_REGISTRY_PASSWORD");
  }

  @Test
  void theGateFailsOnAFailAndPassesWithTheBaselinePostingTheSummary() throws Exception {
    RegistryLauncher launcher =
        RegistryLauncher.of(RegistryFlavor.ZOT, RegistryLauncher.Mode.PROCESS)
            .auth(RegistryAuth.htpasswd("robot", PASSWORD));
    RequiredPeers.available(launcher);
    UnpackedDistribution distribution = UnpackedDistribution.unpack(work);
    try (EmbeddedRegistry zot = launcher.start()) {
      Path summary = work.resolve("step-summary.md");
      Map<String, String> env = new HashMap<>(distribution.environment());
      env.putAll(
          Map.of(
              "TCK_HOME",
              distribution.home.toString(),
              "OCI_ROOT_URL",
              zot.baseUrl().toString(),
              "OCI_USERNAME",
              "robot",
              "OCI_PASSWORD",
              PASSWORD,
              "OCI_NAMESPACE",
              "helm-tck/4711",
              "TCK_PLAIN_HTTP",
              "true",
              "GITHUB_STEP_SUMMARY",
              summary.toString()));
      Path gate = work.resolve("ci/tck-gate.sh");
      Files.createDirectories(gate.getParent());
      Files.copy(CI.resolve("tck-gate.sh"), gate);

      env.put("TCK_REPORTS", "without-baseline");
      UnpackedDistribution.Result failed =
          UnpackedDistribution.exec(
              List.of("bash", "ci/tck-gate.sh"), env, work, Duration.ofMinutes(10));
      assertThat(failed.code()).as(failed.out()).isEqualTo(1);
      assertThat(failed.out())
          .contains("tck-gate: FAILED", "pull-by-digest-untagged")
          .doesNotContain(PASSWORD);
      assertThat(summary).content().contains("pull-by-digest-untagged");

      env.put("TCK_REPORTS", "with-baseline");
      env.put(
          "TCK_EXPECTATIONS",
          distribution.home.resolve("suites/expectations/zot-v2.1.20.yaml").toString());
      UnpackedDistribution.Result passed =
          UnpackedDistribution.exec(
              List.of("bash", "ci/tck-gate.sh"), env, work, Duration.ofMinutes(10));
      assertThat(passed.code()).as(passed.out()).isEqualTo(0);
      assertThat(passed.out()).contains("tck-gate: passed").doesNotContain(PASSWORD);
      // zot deviates somewhere Helm tolerates: a warn that must not fail the pipeline.
      assertThat(passed.out()).containsPattern("(?m)^\\d+ passed, 0 failed, [1-9]\\d* warned");
      System.out.println(
          "[ci-templates] with the baseline: "
              + passed
                  .out()
                  .lines()
                  .filter(line -> line.matches("\\d+ passed, .*"))
                  .findFirst()
                  .orElse("?"));
      for (String kept : List.of("junit", "results.json", "summary.md", "report.html")) {
        assertThat(work.resolve("with-baseline").resolve(kept))
            .as("the templates keep %s", kept)
            .exists();
      }
      try (Stream<Path> files = Files.walk(work.resolve("with-baseline"))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          assertThat(Files.readString(file))
              .as("%s holds no password", file)
              .doesNotContain(PASSWORD);
        }
      }
    }
  }

  /** actionlint as provisioned ({@code tools/provision.sh}), or {@code TCK_ACTIONLINT}. */
  private static Path actionlint() {
    Optional<Path> found =
        Stream.of(
                System.getenv("TCK_ACTIONLINT"),
                Optional.ofNullable(System.getenv("TCK_TOOLS_DIR"))
                    .map(d -> d + "/bin/actionlint")
                    .orElse(null),
                System.getProperty("user.home") + "/.cache/helm-oci-tck/tools/bin/actionlint")
            .filter(p -> p != null && !p.isBlank())
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();
    PeerCheck.require(
        found.isPresent(), "ACTIONLINT", "actionlint not provisioned (./tck provision)");
    return found.get();
  }
}
