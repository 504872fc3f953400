package dev.helmoci.tck.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unpacked distribution, with only a JRE 17 and a minimal PATH, against a zot process with
 * htpasswd auth (credentials from OCI_* variables, as a CI job passes them): the kit passes the
 * helm-core profile, four shards add up to the unsharded run case for case, the reference client
 * pushes, and what is missing is said plainly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistributionIT {
  private static final String PASSWORD = "distribution-it-password";
  private static final String PROFILE = "helm-core";

  private Path work;
  private UnpackedDistribution distribution;
  private EmbeddedRegistry zot;
  private Map<String, String> unsharded;

  @BeforeAll
  void unpackAndStartZot(@TempDir Path work) throws Exception {
    this.work = work;
    RegistryLauncher launcher =
        RegistryLauncher.of(RegistryFlavor.ZOT, RegistryLauncher.Mode.PROCESS)
            .auth(RegistryAuth.htpasswd("ci", PASSWORD));
    RequiredPeers.available(launcher);
    distribution = UnpackedDistribution.unpack(work);
    zot = launcher.start();
  }

  @AfterAll
  void stopZot() {
    if (zot != null) {
      zot.close();
    }
  }

  private Map<String, String> ociVariables() {
    return Map.of(
        "OCI_ROOT_URL",
        zot.baseUrl().toString(),
        "OCI_USERNAME",
        "ci",
        "OCI_PASSWORD",
        PASSWORD,
        "OCI_NAMESPACE",
        "staging");
  }

  /**
   * suite/case → outcome of one run of the helm-core profile, with zot's known findings as the
   * baseline.
   */
  private Map<String, String> runProfile(String name, String... extra) throws Exception {
    Path reports = work.resolve(name);
    String[] args =
        Stream.concat(
                Stream.of(
                    "run",
                    "--profile",
                    PROFILE,
                    "--plain-http",
                    "--reports",
                    reports.toString(),
                    "--expectations",
                    distribution.home.resolve("suites/expectations/zot-v2.1.20.yaml").toString()),
                Stream.of(extra))
            .toArray(String[]::new);
    long started = System.nanoTime();
    UnpackedDistribution.Result run = distribution.run("helm-oci-tck", ociVariables(), work, args);
    assertThat(run.code()).as(run.out()).isEqualTo(0);
    System.out.printf(
        "[distribution] %s: %s in %d ms%n",
        name,
        run.out().lines().filter(line -> line.matches("\\d+ passed, .*")).findFirst().orElse("?"),
        (System.nanoTime() - started) / 1_000_000);
    assertThat(run.out()).as("the password reaches no output").doesNotContain(PASSWORD);
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file))
            .as("%s holds no password", file)
            .doesNotContain(PASSWORD);
      }
    }
    return outcomes(reports.resolve("results.json"));
  }

  private static Map<String, String> outcomes(Path resultsFile) throws IOException {
    JsonNode results = new ObjectMapper().readTree(resultsFile.toFile());
    Map<String, String> outcomes = new TreeMap<>();
    results
        .get("cases")
        .forEach(
            c ->
                assertThat(
                        outcomes.put(
                            c.get("suite").asText() + "/" + c.get("id").asText(),
                            c.get("outcome").asText()))
                    .as("case listed once")
                    .isNull());
    return outcomes;
  }

  private synchronized Map<String, String> unsharded() throws Exception {
    if (unsharded == null) {
      unsharded = runProfile("unsharded");
    }
    return unsharded;
  }

  @Test
  void runsTheProfileAgainstZotWithOnlyAJre() throws Exception {
    Map<String, String> outcomes = unsharded();
    assertThat(outcomes).hasSizeGreaterThan(20);
    assertThat(outcomes.values()).contains("pass").doesNotContain("fail", "error");
  }

  @Test
  void fourShardsTogetherEqualTheUnshardedRunCaseForCase() throws Exception {
    List<String> merge =
        new ArrayList<>(List.of("report", "merge", "-o", work.resolve("merged").toString()));
    for (int i = 1; i <= 4; i++) {
      Map<String, String> shard = runProfile("shard-" + i, "--shard", i + "/4");
      assertThat(shard).as("shard %d/4 runs something", i).isNotEmpty();
      merge.add(work.resolve("shard-" + i).resolve("results.json").toString());
    }
    UnpackedDistribution.Result merged =
        distribution.run("helm-oci-tck", ociVariables(), work, merge.toArray(String[]::new));
    assertThat(merged.code()).as(merged.out()).isEqualTo(0);
    assertThat(outcomes(work.resolve("merged").resolve("results.json"))).isEqualTo(unsharded());
  }

  @Test
  void theReferenceClientPushesWithOnlyAJre() throws Exception {
    Path chart = ChartTarball.minimal("distchart", "0.1.0").writeTo(work, "distchart-0.1.0.tgz");
    Map<String, String> env =
        Map.of("HELM_REGISTRY_CONFIG", work.resolve("registry.json").toString());
    ProcessBuilder login =
        new ProcessBuilder(
                distribution.home.resolve("bin/helm-oci").toString(),
                "registry",
                "login",
                zot.hostPort(),
                "-u",
                "ci",
                "--password-stdin",
                "--plain-http")
            .directory(work.toFile())
            .redirectErrorStream(true);
    login.environment().clear();
    login.environment().putAll(distribution.environment());
    login.environment().putAll(env);
    Process process = login.start();
    process.getOutputStream().write(PASSWORD.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String loginOut =
        new String(
            process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(loginOut).isEqualTo(0);

    UnpackedDistribution.Result push =
        distribution.run(
            "helm-oci",
            env,
            work,
            "push",
            chart.toString(),
            "oci://" + zot.hostPort() + "/dist",
            "--plain-http");
    assertThat(push.code()).as(push.out()).isEqualTo(0);
    assertThat(push.out())
        .contains("Pushed: " + zot.hostPort() + "/dist/distchart:0.1.0", "Digest: sha256:");
  }

  @Test
  void saysWhatIsMissing() throws Exception {
    UnpackedDistribution.Result helm =
        distribution.run(
            "helm-oci-tck", ociVariables(), work, "run", "--driver", "helm4", "--plain-http");
    assertThat(helm.code()).as(helm.out()).isEqualTo(2);
    assertThat(helm.out()).contains("--driver helm4 needs helm 4", "PATH", "TCK_HELM4");

    Map<String, String> noJava = Map.of("JAVA_HOME", work.resolve("no-java").toString());
    UnpackedDistribution.Result java = distribution.run("helm-oci-tck", noJava, work, "--version");
    assertThat(java.code()).as(java.out()).isEqualTo(2);
    assertThat(java.out()).contains("needs Java 17 or later");
  }

  @Test
  void helpNamesTheCommands() throws IOException, InterruptedException {
    long started = System.nanoTime();
    UnpackedDistribution.Result help = distribution.run("helm-oci-tck", Map.of(), work, "--help");
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(help.code()).as(help.out()).isEqualTo(0);
    assertThat(help.out()).contains("run", "probe", "sweep");
    System.out.println("[distribution] helm-oci-tck --help took " + millis + " ms");
  }
}
