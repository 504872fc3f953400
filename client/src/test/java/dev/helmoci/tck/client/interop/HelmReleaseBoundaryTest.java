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
 * Behaviour that changed between Helm releases, each proven by real helm on both sides of the boundary: a release
 * of HELM_MATRIX_CI before it (3.12.3, oras-go v1) and the pinned 3.x after it (3.22.0, oras-go v2). Helm's 3.18
 * line moved from oras-go v1 (containerd's resolver) to oras-go v2, which is where the fallback goes; the releases
 * between 3.12.3 and 3.22.0 are not built in CI, so which release changed is cited, not measured here.
 */
class HelmReleaseBoundaryTest {
  private static final HelmRelease BEFORE = HelmRelease.parse("3.12.3");
  private static final HelmRelease AFTER = HelmRelease.parse("3.22.0");

  /**
   * Before: a loopback registry is spoken to in plain HTTP without any flag (containerd's {@code MatchLocalhost}),
   * so the kit runs 3.8–3.12, which have no {@code --plain-http}, against its embedded registries. After: helm
   * speaks HTTPS unless told {@code --plain-http}.
   */
  @Test
  void plainHttpToALoopbackRegistryWithoutAFlagWorksBefore318Only(@TempDir Path work) throws Exception {
    Path chart = ChartTarball.minimal("fallback", "0.1.0").writeTo(work, "fallback-0.1.0.tgz");
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      String remote = "oci://" + registry.hostPort() + "/charts";
      HelmResult before = helm(BEFORE, work).run("push", chart.toString(), remote);
      assertThat(before.succeeded()).as("helm %s push without --plain-http: %s", BEFORE, before).isTrue();
      HelmResult after = helm(AFTER, work).run("push", chart.toString(), remote);
      assertThat(after.succeeded()).as("helm %s push without --plain-http", AFTER).isFalse();
      assertThat(after.stderr()).contains("server gave HTTP response to HTTPS client");
    }
  }

  /**
   * The first token of a push: 3.22 asks for {@code pull,push} at once ({@link HelmEmulation#pushScopeHint}); the
   * release before asks as its resolver does. The reference client emulating each release asks what that release
   * asks: the emulated version follows the same boundary.
   */
  @Test
  void theFirstTokenScopeOfAPushFollowsTheReleaseAndTheReferenceClientFollowsIt(@TempDir Path work)
      throws Exception {
    for (HelmRelease release : List.of(BEFORE, AFTER)) {
      String byHelm = firstPushScope(work.resolve("helm-" + release), release, true);
      String byClient = firstPushScope(work.resolve("client-" + release), release, false);
      assertThat(byClient).as("reference client emulating %s vs helm %s", release, release).isEqualTo(byHelm);
      if (release.equals(AFTER)) {
        assertThat(byHelm).isEqualTo("[repository:charts/scope:pull,push]");
      } else {
        assertThat(byHelm).isNotEqualTo("[repository:charts/scope:pull,push]");
      }
    }
  }

  private static String firstPushScope(Path work, HelmRelease release, boolean realHelm) throws Exception {
    Path chart = ChartTarball.minimal("scope", "0.1.0").writeTo(Files.createDirectories(work), "scope-0.1.0.tgz");
    try (TokenService tokens = TokenService.builder().user("seq", "seq-secret", Grant.all("charts/*"))
        .host("127.0.0.1").start()) {
      RegistryLauncher launcher = RegistryLauncher.of(RegistryFlavor.DISTRIBUTION_3, RegistryLauncher.Mode.PROCESS)
          .auth(tokens.registryAuth());
      PeerCheck.require(launcher.unavailableReason().isEmpty(), "DISTRIBUTION_3_PROCESS",
          launcher.unavailableReason().orElse(""));
      try (EmbeddedRegistry registry = launcher.start()) {
        String host = registry.hostPort();
        if (realHelm) {
          HelmCli helm = helm(release, work);
          List<String> plain = release.compareTo(HelmRelease.parse("3.13.0")) >= 0 ? List.of("--plain-http")
              : List.of();
          List<String> login = new java.util.ArrayList<>(List.of("registry", "login", host, "-u", "seq",
              "--password-stdin"));
          login.addAll(plain);
          helm.run(login, "seq-secret\n", HelmCli.DEFAULT_TIMEOUT).requireSuccess();
          tokens.clearRequests();
          List<String> push = new java.util.ArrayList<>(List.of("push", chart.toString(), "oci://" + host + "/charts"));
          push.addAll(plain);
          helm.run(push, null, HelmCli.DEFAULT_TIMEOUT).requireSuccess();
        } else {
          Path home = work.resolve("home");
          client(release, home).login(host, "seq", "seq-secret");
          tokens.clearRequests();
          client(release, home).push(chart, "oci://" + host + "/charts");
        }
        List<TokenRequest> requests = tokens.requests();
        assertThat(requests).as("token requests of the push").isNotEmpty();
        return requests.get(0).scopes().toString();
      }
    }
  }

  private static HelmCli helm(HelmRelease release, Path work) throws Exception {
    Optional<Path> binary = release.find(Tools.fromEnvironment());
    PeerCheck.require(binary.isPresent(), "HELM_RELEASE_" + release, "helm " + release.tag()
        + " not provisioned (./tck provision helm " + release + ")");
    return new HelmCli(binary.get(), Files.createTempDirectory(work, "helm-home-"));
  }

  private static HelmOciClient client(HelmRelease release, Path home) {
    PrintStream print = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return HelmOciClient.builder().helm(HelmEmulation.parse(release.version()))
        .transport(TransportOptions.builder().plainHttp(true).build())
        .environment(Map.of("HOME", home.toString()))
        .output(print, print)
        .build();
  }
}
