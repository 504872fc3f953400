package dev.helmoci.tck.engine.driver.helm;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.DependencyUpdateRequest;
import dev.helmoci.tck.engine.driver.DependencyUpdateResult;
import dev.helmoci.tck.engine.driver.Driver;
import dev.helmoci.tck.engine.driver.DriverException;
import dev.helmoci.tck.engine.driver.LoginRequest;
import dev.helmoci.tck.engine.driver.LoginResult;
import dev.helmoci.tck.engine.driver.LogoutRequest;
import dev.helmoci.tck.engine.driver.LogoutResult;
import dev.helmoci.tck.engine.driver.PullRequest;
import dev.helmoci.tck.engine.driver.PullResult;
import dev.helmoci.tck.engine.driver.PushRequest;
import dev.helmoci.tck.engine.driver.PushResult;
import dev.helmoci.tck.engine.driver.ResolveRequest;
import dev.helmoci.tck.engine.driver.ResolveResult;
import dev.helmoci.tck.engine.driver.ShowRequest;
import dev.helmoci.tck.engine.driver.ShowResult;
import dev.helmoci.tck.engine.driver.TagsRequest;
import dev.helmoci.tck.engine.driver.TagsResult;
import dev.helmoci.tck.engine.evidence.StepTranscript;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real {@code helm} binary as a subprocess, in its own Helm home. helm has no command for
 * listing tags or resolving a manifest, so those steps are disabled for this driver.
 */
final class HelmCliDriver implements Driver {
  private static final Pattern PUSHED = Pattern.compile("Pushed: (\\S+)");
  private static final Pattern DIGEST = Pattern.compile("Digest: (sha256:[0-9a-f]{64})");

  private final String name;
  private final HelmCli helm;
  private final String version;
  private final TransportFlags flags;
  private final CommandFlags accepted;
  private final Duration timeout;

  HelmCliDriver(String name, HelmCli helm, TransportFlags flags, Duration timeout) {
    this.name = name;
    this.helm = helm;
    this.version = helm.version().replaceFirst("^v", "");
    this.flags = flags;
    this.accepted = new CommandFlags(helm);
    this.timeout = timeout;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<String> helmVersion() {
    return Optional.of(version);
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(
        Capability.LOGIN,
        Capability.LOGOUT,
        Capability.PUSH,
        Capability.PULL,
        Capability.SHOW,
        Capability.DEPENDENCY_UPDATE);
  }

  @Override
  public LoginResult login(LoginRequest request) throws DriverException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "registry",
                "login",
                request.registry(),
                "--username",
                request.username(),
                "--password-stdin"));
    args.addAll(accepted.keep(flags.login(), "registry", "login"));
    return new LoginResult(run(args, request.password() + "\n").output());
  }

  @Override
  public LogoutResult logout(LogoutRequest request) throws DriverException {
    return new LogoutResult(run(List.of("registry", "logout", request.registry()), null).output());
  }

  @Override
  public PushResult push(PushRequest request) throws DriverException, IOException {
    if (request.provenance().isPresent()) {
      Path beside = request.chart().resolveSibling(request.chart().getFileName() + ".prov");
      if (!Files.exists(beside)) {
        Files.copy(request.provenance().get(), beside, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    List<String> args =
        new ArrayList<>(List.of("push", request.chart().toString(), request.remote()));
    args.addAll(accepted.keep(flags.common(), "push"));
    HelmResult result = run(args, null);
    return new PushResult(find(PUSHED, result), find(DIGEST, result), result.output());
  }

  @Override
  public PullResult pull(PullRequest request) throws DriverException, IOException {
    Path dest = Files.createDirectories(request.destination());
    List<String> args =
        new ArrayList<>(List.of("pull", request.reference(), "-d", dest.toString()));
    request.version().ifPresent(v -> args.addAll(List.of("--version", v)));
    if (request.provenance()) {
      args.add("--prov");
    }
    args.addAll(accepted.keep(flags.common(), "pull"));
    long started = System.currentTimeMillis() - 1000;
    HelmResult result = run(args, null);
    // The archive this pull wrote: the newest .tgz, not an earlier pull's in the same directory.
    try (Stream<Path> files = Files.list(dest)) {
      Path chart =
          files
              .filter(p -> p.getFileName().toString().endsWith(".tgz"))
              .filter(p -> modified(p) >= started)
              .max(java.util.Comparator.comparingLong(HelmCliDriver::modified))
              .orElseThrow(
                  () ->
                      new IOException("helm pull reported success but wrote no .tgz into " + dest));
      return new PullResult(chart, find(DIGEST, result), result.output());
    }
  }

  @Override
  public ShowResult show(ShowRequest request) throws DriverException {
    List<String> args = new ArrayList<>(List.of("show", request.what(), request.reference()));
    request.version().ifPresent(v -> args.addAll(List.of("--version", v)));
    args.addAll(accepted.keep(flags.common(), "show", request.what()));
    return new ShowResult(run(args, null).stdout());
  }

  @Override
  public TagsResult tags(TagsRequest request) throws DriverException {
    throw new DriverException("helm has no command that lists tags");
  }

  @Override
  public ResolveResult resolve(ResolveRequest request) throws DriverException {
    throw new DriverException("helm has no command that resolves a manifest");
  }

  @Override
  public DependencyUpdateResult dependencyUpdate(DependencyUpdateRequest request)
      throws DriverException, IOException {
    List<String> args =
        new ArrayList<>(List.of("dependency", "update", request.chartDirectory().toString()));
    args.addAll(accepted.keep(flags.common(), "dependency", "update"));
    HelmResult result = run(args, null);
    Path charts = request.chartDirectory().resolve("charts");
    List<Path> downloaded = new ArrayList<>();
    if (Files.isDirectory(charts)) {
      try (Stream<Path> files = Files.list(charts)) {
        files
            .filter(p -> p.getFileName().toString().endsWith(".tgz"))
            .sorted()
            .forEach(downloaded::add);
      }
    }
    return new DependencyUpdateResult(downloaded, result.output());
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return Long.MIN_VALUE;
    }
  }

  private HelmResult run(List<String> args, String stdin) throws DriverException {
    HelmResult result = helm.run(args, stdin, timeout);
    StepTranscript.command(
        result.command(), result.exitCode(), result.stdout(), result.stderr(), result.took());
    if (!result.succeeded()) {
      throw new DriverException(errorMessage(result.stderr()));
    }
    return result;
  }

  /** helm prints {@code Error: <message>}; the message is what suites compare. */
  static String errorMessage(String stderr) {
    String text = stderr.strip();
    int at = text.lastIndexOf("Error: ");
    return at < 0 ? text : text.substring(at + "Error: ".length()).strip();
  }

  private static String find(Pattern pattern, HelmResult result) {
    Matcher m = pattern.matcher(result.output());
    return m.find() ? m.group(1) : "";
  }
}
