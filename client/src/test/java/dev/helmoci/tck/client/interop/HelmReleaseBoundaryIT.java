package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.HelmEmulation;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.fixtures.auth.Grant;
import dev.helmoci.tck.fixtures.auth.TokenRequest;
import dev.helmoci.tck.fixtures.auth.TokenService;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.HelmRelease;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.Tools;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour that changed (or did not) between Helm releases, proven by real helm on both sides. The
 * CI set builds 3.8.2 and 3.12.3 beside the pinned 3.22.0; 3.17.4 and 3.20.2 (either side of Helm's
 * move from oras-go v1 to v2 in the 3.18 line) are used where provisioned ({@code ./tck provision
 * helm 3.17.4 3.20.2}) and skipped otherwise.
 */
class HelmReleaseBoundaryIT {
  private static final HelmRelease OLDEST = HelmRelease.parse("3.8.2");
  private static final HelmRelease BEFORE = HelmRelease.parse("3.12.3");
  private static final HelmRelease LAST_ORAS_V1 = HelmRelease.parse("3.17.4");
  private static final HelmRelease ORAS_V2 = HelmRelease.parse("3.20.2");
  private static final HelmRelease PINNED = HelmRelease.parse("3.22.0");

  /**
   * Plain HTTP to a loopback registry without {@code --plain-http}: up to 3.20.2 a push works
   * (containerd's {@code MatchLocalhost} before 3.18, a plain-HTTP fallback after), so the driver
   * may drop the flag for 3.8–3.12, which lack it; the pinned 3.22.0 falls back for the ping but
   * refuses the upload location, which "downgrades scheme from https" (the check arrived after
   * 3.20.2; 3.21 is not built here). An existing blob would skip the upload, so each release pushes
   * a new repository.
   */
  @Test
  void plainHttpWithoutAFlagWorksUpTo3202AndFailsOnTheUploadLocationIn3220(@TempDir Path work)
      throws Exception {
    Path chart = ChartTarball.minimal("fallback", "0.1.0").writeTo(work, "fallback-0.1.0.tgz");
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      List<HelmRelease> before = new java.util.ArrayList<>(List.of(OLDEST, BEFORE));
      List<HelmRelease> after = new java.util.ArrayList<>(List.of(PINNED));
      release(LAST_ORAS_V1).ifPresent(p -> before.add(LAST_ORAS_V1));
      release(ORAS_V2).ifPresent(p -> before.add(ORAS_V2));
      for (HelmRelease release : before) {
        HelmResult push = push(release, chart, registry, work);
        assertThat(push.succeeded())
            .as("helm %s push without --plain-http: %s", release, push)
            .isTrue();
      }
      for (HelmRelease release : after) {
        HelmResult push = push(release, chart, registry, work);
        assertThat(push.succeeded()).as("helm %s push without --plain-http", release).isFalse();
        assertThat(push.stderr()).as("helm %s", release).contains("downgrades scheme from https");
      }
    }
  }

  private static HelmResult push(
      HelmRelease release, Path chart, EmbeddedRegistry registry, Path work) throws Exception {
    return helm(release, work)
        .run("push", chart.toString(), "oci://" + registry.hostPort() + "/" + release.fileName());
  }

  /**
   * The first token of a push: before 3.18 (oras-go v1) one token request for {@code pull} and
   * {@code pull,push}; the pinned 3.22 asks for {@code pull,push} alone ({@code
   * HelmEmulation.pushScopeHint}), and 3.20.2 (where provisioned) for {@code pull}. The reference
   * client emulating an oras-go v2 release asks what that release asks; it does not emulate oras-go
   * v1's scopes (they are not merged per repository), which this test records by comparing it only
   * from 3.18 on.
   */
  @Test
  void theFirstTokenScopeOfAPushChangesAcrossReleasesAndTheReferenceClientFollowsFrom318(
      @TempDir Path work) throws Exception {
    String pull = "repository:charts/scope:pull";
    String pullPush = "repository:charts/scope:pull,push";
    Map<HelmRelease, List<String>> expected = new java.util.LinkedHashMap<>();
    expected.put(BEFORE, List.of(pull, pullPush));
    expected.put(PINNED, List.of(pullPush));
    release(LAST_ORAS_V1).ifPresent(p -> expected.put(LAST_ORAS_V1, List.of(pull, pullPush)));
    release(ORAS_V2).ifPresent(p -> expected.put(ORAS_V2, List.of(pull)));
    for (Map.Entry<HelmRelease, List<String>> e : expected.entrySet()) {
      HelmRelease release = e.getKey();
      List<String> byHelm = firstPushScope(work.resolve("helm-" + release), release, true);
      assertThat(byHelm)
          .as("helm %s: the first token request of a push", release)
          .isEqualTo(e.getValue());
      if (release.compareTo(HelmRelease.parse("3.18.0")) >= 0) {
        List<String> byClient = firstPushScope(work.resolve("client-" + release), release, false);
        assertThat(byClient).as("reference client emulating %s", release).isEqualTo(byHelm);
      }
    }
  }

  private static List<String> firstPushScope(Path work, HelmRelease release, boolean realHelm)
      throws Exception {
    Path chart =
        ChartTarball.minimal("scope", "0.1.0")
            .writeTo(Files.createDirectories(work), "scope-0.1.0.tgz");
    try (TokenService tokens =
        TokenService.builder()
            .user("seq", "seq-secret", Grant.all("charts/*"))
            .host("127.0.0.1")
            .start()) {
      RegistryLauncher launcher =
          RegistryLauncher.of(RegistryFlavor.DISTRIBUTION_3, RegistryLauncher.Mode.PROCESS)
              .auth(tokens.registryAuth());
      PeerCheck.require(
          launcher.unavailableReason().isEmpty(),
          "DISTRIBUTION_3_PROCESS",
          launcher.unavailableReason().orElse(""));
      try (EmbeddedRegistry registry = launcher.start()) {
        String host = registry.hostPort();
        if (realHelm) {
          HelmCli helm = helm(release, work);
          List<String> login =
              new java.util.ArrayList<>(
                  List.of("registry", "login", host, "-u", "seq", "--password-stdin"));
          login.addAll(plainHttp(helm, "registry", "login"));
          helm.run(login, "seq-secret\n", HelmCli.DEFAULT_TIMEOUT).requireSuccess();
          tokens.clearRequests();
          List<String> push =
              new java.util.ArrayList<>(
                  List.of("push", chart.toString(), "oci://" + host + "/charts"));
          push.addAll(plainHttp(helm, "push"));
          helm.run(push, null, HelmCli.DEFAULT_TIMEOUT).requireSuccess();
        } else {
          Path home = work.resolve("home");
          client(release, home).login(host, "seq", "seq-secret");
          tokens.clearRequests();
          client(release, home).push(chart, "oci://" + host + "/charts");
        }
        List<TokenRequest> requests = tokens.requests();
        assertThat(requests).as("token requests of the push").isNotEmpty();
        return requests.get(0).scopes();
      }
    }
  }

  /**
   * {@code --plain-http} where the command has it (push from 3.13, registry login later), else
   * nothing.
   */
  private static List<String> plainHttp(HelmCli helm, String... command) {
    List<String> help = new java.util.ArrayList<>(List.of(command));
    help.add("--help");
    return helm.run(help, null, HelmCli.DEFAULT_TIMEOUT)
            .requireSuccess()
            .stdout()
            .contains("--plain-http")
        ? List.of("--plain-http")
        : List.of();
  }

  private static Optional<Path> release(HelmRelease release) {
    return release.find(Tools.fromEnvironment());
  }

  private static HelmCli helm(HelmRelease release, Path work) throws Exception {
    Optional<Path> binary = release(release);
    PeerCheck.require(
        binary.isPresent(),
        "HELM_RELEASE_" + release,
        "helm " + release.tag() + " not provisioned (./tck provision helm " + release + ")");
    return new HelmCli(binary.get(), Files.createTempDirectory(work, "helm-home-"));
  }

  private static HelmOciClient client(HelmRelease release, Path home) {
    PrintStream print = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return HelmOciClient.builder()
        .helm(HelmEmulation.parse(release.version()))
        .transport(TransportOptions.builder().plainHttp(true).build())
        .environment(Map.of("HOME", home.toString()))
        .output(print, print)
        .build();
  }
}
