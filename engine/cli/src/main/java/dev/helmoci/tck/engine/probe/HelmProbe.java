package dev.helmoci.tck.engine.probe;

import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.FetchedManifest;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.engine.driver.helm.TransportFlags;
import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.engine.target.TargetClients;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.helm.HelmTimeoutException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The oracle: what real helm does against a registry, feature by feature, as a chart author uses it
 * — login, wrong-password login, logout, push (several versions, build metadata, a re-push with
 * other content, a multi-level repository, provenance), exact / range / latest / devel /
 * build-metadata / digest pulls (also of a manifest whose tag moved on), show, template, dependency
 * update and the error for an absent version. A feature fails when a helm command fails or gives
 * other bytes or another version than the user asked for.
 */
public final class HelmProbe {
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(45);
  private static final Pattern DIGEST = Pattern.compile("Digest: (sha256:[0-9a-f]{64})");
  private static final String INDEX = "application/vnd.oci.image.index.v1+json";

  private final HelmCli helm;
  private final Target target;
  private final String repository;
  private final Path work;
  private final TransportFlags flags;
  private final Map<String, Feature> features = new LinkedHashMap<>();
  private Optional<Credentials> reader = Optional.empty();

  /**
   * {@code namespace} is the repository prefix the probe pushes under, e.g. {@code
   * tck-<run>/probe}.
   */
  public HelmProbe(HelmCli helm, Target target, String namespace, Path work) {
    this.helm = helm;
    this.target = target;
    this.repository = "oci://" + target.registry() + "/" + namespace;
    this.work = work;
    this.flags = new TransportFlags(target.tls());
    for (String name :
        List.of(
            "login",
            "logout",
            "auth",
            "push",
            "pull",
            "tags",
            "digest",
            "index",
            "show",
            "provenance",
            "dependency",
            "errors")) {
      features.put(name, new Feature(name));
    }
  }

  /**
   * A second, pull-only account: its push must be refused (a token service that ignores scopes lets
   * it in).
   */
  public HelmProbe reader(Optional<Credentials> account) {
    this.reader = account;
    return this;
  }

  public ProbeResult run() {
    String version = helm.version();
    Optional<Credentials> credentials = target.credentials();
    if (credentials.isPresent()) {
      login("login", credentials.get(), true);
    } else {
      for (String feature : List.of("login", "logout", "auth")) {
        notProbed(feature, "no registry credentials are configured");
      }
    }
    byte[] demo010 = push("demo", "0.1.0", chart("demo", "0.1.0"), "");
    Optional<String> demoDigest = lastDigest;
    if (features.get("push").failed) {
      // Nothing to pull: each further command would only wait out helm's retries on the same fault.
      for (String feature :
          List.of("pull", "tags", "digest", "index", "show", "provenance", "dependency")) {
        features.get(feature).add(true, "not run: helm push of the first chart failed (see push)");
      }
      return result(version);
    }
    for (String v : List.of("0.1.1", "0.1.2", "0.2.0", "0.3.0", "1.0.0+build.1", "2.0.0-rc.1")) {
      push("demo", v, chart("demo", v), "");
    }
    byte[] deep = push("deep", "0.1.0", chart("deep", "0.1.0"), "/multi/level");
    Optional<String> deepDigest = lastDigest;
    byte[] moved = push("moved", "1.0.0", chart("moved", "1.0.0"), "");
    Optional<String> movedDigest = lastDigest;
    push("moved", "1.0.0", chart("moved", "1.0.0").file("README.md", "second edition\n"), "");
    byte[] signed = pushWithProvenance();

    pull("pull", "demo", "0.1.0", null, demo010, "demo-0.1.0.tgz");
    pull("pull", "multi/level/deep", "0.1.0", null, deep, "deep-0.1.0.tgz");
    pull("tags", "demo", "^0.1", null, null, "demo-0.1.2.tgz");
    pull("tags", "demo", null, null, null, "demo-1.0.0+build.1.tgz");
    pull("tags", "demo", null, "--devel", null, "demo-2.0.0-rc.1.tgz");
    pull("tags", "demo", "1.0.0+build.1", null, null, "demo-1.0.0+build.1.tgz");
    // helm names a digest pull NAME@sha256-HEX.tgz.
    deepDigest.ifPresent(
        d -> pull("digest", "multi/level/deep@" + d, null, null, deep, digestFile("deep", d)));
    movedDigest.ifPresent(
        d -> pull("digest", "moved@" + d, null, null, moved, digestFile("moved", d)));
    provenancePull(signed);
    expectOutput(
        "show",
        helm(List.of("show", "chart", repository + "/demo", "--version", "0.1.0")),
        "name: demo");
    expectOutput(
        "show",
        helm(List.of("template", "probe", repository + "/demo", "--version", "0.1.0")),
        "kind: ConfigMap");
    dependencyUpdate("0.1.0", "demo-0.1.0.tgz", demo010);
    dependencyUpdate("^0.1", "demo-0.1.2.tgz", null);
    dependencyUpdate(">=1.0.0 <2.0.0", "demo-1.0.0+build.1.tgz", null); // met only by a '_' tag
    demoDigest.ifPresent(
        d -> {
          HelmResult mismatch =
              helm(
                  List.of(
                      "pull",
                      repository + "/demo@" + d,
                      "--version",
                      "0.2.0",
                      "-d",
                      dir("mismatch")));
          record(
              "digest",
              mismatch,
              mismatch.succeeded() ? "helm pulled a digest that is not version 0.2.0" : null,
              true);
        });
    indexPull();
    HelmResult absent =
        helm(List.of("pull", repository + "/demo", "--version", "9.9.9", "-d", dir("absent")));
    record(
        "errors",
        absent,
        absent.succeeded() ? "helm pulled a version that was never pushed" : null,
        true);
    credentials.ifPresent(this::accessControl);
    return result(version);
  }

  private ProbeResult result(String version) {
    Map<String, ProbeFeature> result = new LinkedHashMap<>();
    features.forEach((name, f) -> result.put(name, f.result()));
    return new ProbeResult(version, target.description(), result);
  }

  private Optional<String> lastDigest = Optional.empty();

  private byte[] push(String name, String version, ChartTarball chart, String subPath) {
    Path file = chart.writeTo(Path.of(dir("charts")), ChartTarball.fileName(name, version));
    byte[] bytes = read(file);
    HelmResult result = helm(List.of("push", file.toString(), repository + subPath));
    Matcher digest = DIGEST.matcher(result.output());
    lastDigest = digest.find() ? Optional.of(digest.group(1)) : Optional.empty();
    record("push", result, null, false);
    return bytes;
  }

  private byte[] pushWithProvenance() {
    ChartTarball chart = chart("signed", "0.1.0");
    Path file = chart.writeTo(Path.of(dir("signed")), "signed-0.1.0.tgz");
    write(file.resolveSibling("signed-0.1.0.tgz.prov"), PROVENANCE);
    record("provenance", helm(List.of("push", file.toString(), repository)), null, false);
    return PROVENANCE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private void provenancePull(byte[] provenance) {
    String into = dir("prov-pull");
    HelmResult result =
        helm(List.of("pull", repository + "/signed", "--version", "0.1.0", "--prov", "-d", into));
    Path prov = Path.of(into, "signed-0.1.0.tgz.prov");
    String wrong =
        result.succeeded() && !(Files.exists(prov) && Arrays.equals(read(prov), provenance))
            ? "the .prov file helm wrote differs from the pushed one"
            : null;
    record("provenance", result, wrong, false);
  }

  /**
   * Pulls {@code name} ({@code name@digest} too) and checks helm wrote {@code expectedFile} (with
   * these bytes).
   */
  private void pull(
      String feature,
      String name,
      String version,
      String extra,
      byte[] bytes,
      String expectedFile) {
    String into = dir("pull");
    List<String> args = new ArrayList<>(List.of("pull", repository + "/" + name, "-d", into));
    if (version != null) {
      args.addAll(List.of("--version", version));
    }
    if (extra != null) {
      args.add(extra);
    }
    HelmResult result = helm(args);
    String wrong = null;
    if (result.succeeded()) {
      Path file = Path.of(into, expectedFile);
      List<String> got = list(Path.of(into));
      if (!Files.exists(file)) {
        wrong = "helm wrote " + got + ", expected " + expectedFile;
      } else if (bytes != null && !Arrays.equals(read(file), bytes)) {
        wrong = "helm pulled other bytes than were pushed";
      }
    }
    record(feature, result, wrong, false);
  }

  /**
   * A dependency on {@code version} (exact or a range, which makes helm list the tags) must give
   * {@code file}.
   */
  private void dependencyUpdate(String version, String file, byte[] bytes) {
    Path parent = Path.of(dir("parent"));
    write(
        parent.resolve("Chart.yaml"),
        "apiVersion: v2\nname: parent\nversion: 0.1.0\ndependencies:\n"
            + "  - name: demo\n    version: \""
            + version
            + "\"\n    repository: "
            + repository
            + "\n");
    HelmResult result = helm(List.of("dependency", "update", parent.toString()));
    Path got = parent.resolve("charts").resolve(file);
    String wrong =
        result.succeeded()
                && !(Files.exists(got) && (bytes == null || Arrays.equals(read(got), bytes)))
            ? "charts/"
                + file
                + " is missing or differs from the pushed chart (found "
                + list(got.getParent())
                + ")"
            : null;
    record("dependency", result, wrong, false);
  }

  /**
   * A tag that points at an image index holding the chart manifest (other tools write them; Helm
   * 3.21+ and 4.2+ pull them). Helm cannot push one, so the kit's client writes it; a registry
   * refusing it is not probed.
   */
  private void indexPull() {
    byte[] chart = push("indexed", "1.0.0", chart("indexed", "1.0.0"), "");
    Optional<String> digest = lastDigest;
    if (digest.isEmpty()) {
      return;
    }
    String name = repository.substring(repository.indexOf('/', "oci://".length()) + 1) + "/indexed";
    try {
      RegistryClient registry = TargetClients.registryClient(target);
      FetchedManifest manifest = registry.fetchManifest(name, digest.get());
      byte[] index =
          ("{\"schemaVersion\":2,\"mediaType\":\""
                  + INDEX
                  + "\",\"manifests\":[{\"mediaType\":\""
                  + manifest.descriptor().mediaType()
                  + "\",\"digest\":\""
                  + digest.get()
                  + "\",\"size\":"
                  + manifest.content().length
                  + "}]}")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      registry.pushManifest(
          name, "2.0.0", new BlobDescriptor(INDEX, Digest.sha256(index), index.length), index);
    } catch (IOException | RuntimeException e) {
      notProbed("index", "the registry did not take an image index: " + e.getMessage());
      return;
    }
    // helm names the file after the tag it pulled.
    pull("index", "indexed", "2.0.0", null, chart, "indexed-2.0.0.tgz");
  }

  /**
   * Where credentials are configured the registry is meant to have accounts: wrong and absent ones
   * are refused.
   */
  private void accessControl(Credentials credentials) {
    login("auth", new Credentials(credentials.username(), "not-" + credentials.password()), false);
    HelmResult logout = helm(List.of("registry", "logout", target.registry()));
    record("logout", logout, null, false);
    Path file =
        chart("anonymous", "0.1.0").writeTo(Path.of(dir("anonymous")), "anonymous-0.1.0.tgz");
    HelmResult anonymous = helm(List.of("push", file.toString(), repository));
    record(
        "auth",
        anonymous,
        anonymous.succeeded() ? "an anonymous push was accepted after logout" : null,
        true);
    reader.ifPresent(
        account -> {
          login("login", account, true);
          HelmResult denied = helm(List.of("push", file.toString(), repository));
          record(
              "auth",
              denied,
              denied.succeeded() ? "the pull-only account's push was accepted" : null,
              true);
        });
    login("login", credentials, true);
  }

  private void login(String feature, Credentials credentials, boolean shouldSucceed) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "registry",
                "login",
                target.registry(),
                "-u",
                credentials.username(),
                "--password-stdin"));
    args.addAll(flags.login());
    HelmResult result = run(args, credentials.password());
    record(
        feature,
        result,
        !shouldSucceed && result.succeeded() ? "a wrong password was accepted" : null,
        !shouldSucceed);
  }

  private void expectOutput(String feature, HelmResult result, String expected) {
    record(
        feature,
        result,
        result.succeeded() && !result.stdout().contains(expected)
            ? "output lacks '" + expected + "'"
            : null,
        false);
  }

  /** {@code failureExpected}: the command must fail (a refusal); its failure is then the pass. */
  private void record(String feature, HelmResult result, String wrong, boolean failureExpected) {
    // The command is already redacted by HelmResult; the password itself only ever goes to stdin.
    String command = String.join(" ", result.command().stream().skip(1).toList());
    boolean failed = failureExpected ? wrong != null : !result.succeeded() || wrong != null;
    String detail = wrong != null ? wrong : result.succeeded() ? "ok" : firstErrorLine(result);
    features.get(feature).add(failed, "helm " + command + " → " + detail);
  }

  private void notProbed(String feature, String why) {
    features.get(feature).notProbed(why);
  }

  private HelmResult helm(List<String> args) {
    List<String> all = new ArrayList<>(args);
    if (!args.get(0).equals("registry")) {
      all.addAll(flags.common());
    }
    return run(all, null);
  }

  private HelmResult run(List<String> args, String stdin) {
    try {
      return helm.run(args, stdin, COMMAND_TIMEOUT);
    } catch (HelmTimeoutException e) {
      List<String> command = new ArrayList<>(List.of(helm.binary().toString()));
      command.addAll(args);
      return new HelmResult(
          command, -1, "", "timed out after " + COMMAND_TIMEOUT.toSeconds() + "s", COMMAND_TIMEOUT);
    }
  }

  private static String firstErrorLine(HelmResult result) {
    return result
        .stderr()
        .lines()
        .filter(l -> l.startsWith("Error"))
        .findFirst()
        .or(() -> result.stderr().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b))
        .orElse("exit " + result.exitCode());
  }

  private static String digestFile(String name, String digest) {
    return name + "@" + digest.replace(':', '-') + ".tgz";
  }

  private static ChartTarball chart(String name, String version) {
    return ChartTarball.minimal(name, version);
  }

  private String dir(String purpose) {
    try {
      return Files.createTempDirectory(Files.createDirectories(work), purpose + "-").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> list(Path dir) {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String PROVENANCE =
      "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n"
          + "apiVersion: v2\nname: signed\nversion: 0.1.0\n\n...\nfiles:\n  signed-0.1.0.tgz: sha256:0\n"
          + "-----BEGIN PGP SIGNATURE-----\n\nwsBcBAEBCgAQBQJ0AAAACRAAAAAAAAAAAA==\n-----END PGP SIGNATURE-----\n";

  /** The checks of one feature: it fails when any of them failed. */
  private static final class Feature {
    private final String name;
    private final List<String> evidence = new ArrayList<>();
    private boolean failed;
    private String notProbed;

    Feature(String name) {
      this.name = name;
    }

    void add(boolean checkFailed, String line) {
      failed |= checkFailed;
      evidence.add((checkFailed ? "FAIL " : "ok   ") + line);
    }

    void notProbed(String why) {
      notProbed = why;
    }

    ProbeFeature result() {
      if (evidence.isEmpty()) {
        return new ProbeFeature(
            name,
            ProbeFeature.Status.NOT_PROBED,
            List.of(notProbed == null ? "no check ran" : notProbed));
      }
      return new ProbeFeature(
          name, failed ? ProbeFeature.Status.FAIL : ProbeFeature.Status.PASS, evidence);
    }
  }
}
