package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.fixtures.auth.Grant;
import dev.helmoci.tck.fixtures.auth.TokenRequest;
import dev.helmoci.tck.fixtures.auth.TokenService;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.fault.Fault;
import dev.helmoci.tck.fixtures.fault.FaultProxy;
import dev.helmoci.tck.fixtures.fault.RecordedExchange;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A recording proxy sees the same requests (method, path, status, Accept, Content-Type, User-Agent,
 * auth scheme) from the reference client as from real helm for login, push, an exact pull and a
 * range pull; with bearer auth the token service also sees the same token requests (method, grant,
 * scopes, service, client id).
 */
class RequestSequenceParityIT {
  private static final Pattern SESSION = Pattern.compile("/blobs/uploads/[^/?]+");

  /** How the registry authenticates: htpasswd Basic, or bearer tokens from a token service. */
  enum Auth {
    BASIC,
    BEARER
  }

  static Stream<Arguments> cases() {
    return Stream.of(Tool.HELM3, Tool.HELM4)
        .flatMap(tool -> Stream.of(Auth.values()).map(auth -> Arguments.of(tool, auth)));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("cases")
  void sameRequestsAsHelm(Tool tool, Auth auth, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    Path chart = ChartTarball.minimal("seq", "0.1.0").writeTo(work.resolve("src"), "seq-0.1.0.tgz");
    Files.setLastModifiedTime(chart, FileTime.from(Instant.parse("2024-01-02T03:04:05Z")));

    List<List<String>> byHelm =
        record(
            auth,
            work.resolve("helm"),
            (host, dest) ->
                List.of(
                    () ->
                        helm.run(
                                List.of(
                                    "registry",
                                    "login",
                                    host,
                                    "--plain-http",
                                    "-u",
                                    "seq",
                                    "--password-stdin"),
                                "seq-secret\n",
                                HelmCli.DEFAULT_TIMEOUT)
                            .requireSuccess(),
                    () ->
                        helm.run(
                                "push",
                                chart.toString(),
                                "oci://" + host + "/charts",
                                "--plain-http")
                            .requireSuccess(),
                    () ->
                        helm.run(
                                "pull",
                                "oci://" + host + "/charts/seq",
                                "--version",
                                "0.1.0",
                                "--plain-http",
                                "-d",
                                Files.createDirectories(dest.resolve("a")).toString())
                            .requireSuccess(),
                    () ->
                        helm.run(
                                "pull",
                                "oci://" + host + "/charts/seq",
                                "--version",
                                "^0.1",
                                "--plain-http",
                                "-d",
                                Files.createDirectories(dest.resolve("b")).toString())
                            .requireSuccess()));

    // A new client per step, as each helm command is a new process with empty auth and token
    // caches.
    Path home = work.resolve("client-home");
    List<List<String>> byClient =
        record(
            auth,
            work.resolve("client"),
            (host, dest) ->
                List.of(
                    () -> fresh(tool, home).login(host, "seq", "seq-secret"),
                    () -> fresh(tool, home).push(chart, "oci://" + host + "/charts"),
                    () -> fresh(tool, home).pull("oci://" + host + "/charts/seq", "0.1.0"),
                    () -> fresh(tool, home).pull("oci://" + host + "/charts/seq", "^0.1")));

    String[] steps = {"login", "push", "pull exact", "pull range"};
    for (int i = 0; i < steps.length; i++) {
      assertThat(byClient.get(i)).as("%s requests", steps[i]).isEqualTo(byHelm.get(i));
    }
  }

  private static HelmOciClient fresh(Tool tool, Path home) {
    return RealPeers.client(tool, home, new ByteArrayOutputStream());
  }

  /**
   * Runs each step against a fresh proxy in front of one registry and returns each step's requests.
   */
  private static List<List<String>> record(Auth auth, Path work, Scenario scenario)
      throws Exception {
    try (TokenService tokens =
        TokenService.builder()
            .user("seq", "seq-secret", Grant.all("charts/*"))
            .host("127.0.0.1")
            .start()) {
      RegistryLauncher launcher =
          RegistryLauncher.of(RegistryFlavor.DISTRIBUTION_3, RegistryLauncher.Mode.PROCESS)
              .auth(
                  auth == Auth.BASIC
                      ? RegistryAuth.htpasswd("seq", "seq-secret")
                      : tokens.registryAuth());
      RequiredPeers.available(launcher);
      try (EmbeddedRegistry registry = launcher.start();
          FaultProxy proxy = FaultProxy.start(registry.baseUrl(), Fault.NONE)) {
        List<List<String>> perStep = new ArrayList<>();
        int seen = 0;
        for (Step step : scenario.steps(proxy.hostPort(), Files.createDirectories(work))) {
          tokens.clearRequests();
          step.run();
          List<RecordedExchange> all = proxy.exchanges();
          List<String> requests =
              all.subList(seen, all.size()).stream()
                  .map(RequestSequenceParityIT::describe)
                  .collect(Collectors.toCollection(ArrayList::new));
          tokens.requests().forEach(t -> requests.add(describe(t)));
          requests.sort(null);
          perStep.add(requests);
          seen = all.size();
        }
        return perStep;
      }
    }
  }

  private static String describe(TokenRequest t) {
    return "TOKEN "
        + t.method()
        + " grant="
        + t.grantType()
        + " account="
        + t.account()
        + " scopes="
        + t.scopes()
        + " service="
        + t.service()
        + " client="
        + t.clientId()
        + " ua="
        + t.userAgent()
        + " -> "
        + t.status();
  }

  /** Order within a step is not compared: helm uploads and fetches blobs three at a time. */
  private static String describe(RecordedExchange e) {
    String target = SESSION.matcher(e.target()).replaceAll("/blobs/uploads/{session}");
    int query = target.indexOf('?');
    if (query >= 0) {
      String kept =
          java.util.Arrays.stream(target.substring(query + 1).split("&"))
              .filter(p -> p.startsWith("digest=") || p.startsWith("n=") || p.startsWith("last="))
              .collect(Collectors.joining("&"));
      target = target.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }
    String auth = e.requestHeaders().getOrDefault("Authorization", "none").split(" ")[0];
    return e.method()
        + " "
        + target
        + " -> "
        + e.status()
        + " accept="
        + e.requestHeaders().getOrDefault("Accept", "")
        + " type="
        + e.requestHeaders().getOrDefault("Content-Type", "")
        + " ua="
        + e.requestHeaders().getOrDefault("User-Agent", "")
        + " auth="
        + auth;
  }

  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  @FunctionalInterface
  interface Scenario {
    List<Step> steps(String host, Path dest) throws Exception;
  }
}
