package dev.helmoci.tck.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The shipped archive unpacked into a clean directory, run as a user would: a JRE 17 (jlinked from
 * this JDK, no compiler, no Maven), a PATH of that JRE and the base system only, a fresh HOME (so
 * nothing provisioned under {@code ~/.cache/helm-oci-tck} is found), and no other environment.
 */
final class UnpackedDistribution {
  /**
   * The JRE a user of the distribution needs: Java SE plus the crypto, zip-fs and HTTP-server
   * modules.
   */
  static final String JRE_MODULES =
      "java.se,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.httpserver,jdk.net";

  final Path home;
  final Path jre;
  final Path userHome;

  private UnpackedDistribution(Path home, Path jre, Path userHome) {
    this.home = home;
    this.jre = jre;
    this.userHome = userHome;
  }

  static UnpackedDistribution unpack(Path work) throws IOException, InterruptedException {
    Path archive = Path.of(System.getProperty("tck.distribution.archive", "target/missing.tar.gz"));
    if (!Files.isRegularFile(archive)) {
      throw new IllegalStateException(
          "no distribution archive at " + archive + "; run `mvn verify` on this module");
    }
    Path unpacked = Files.createDirectories(work.resolve("unpacked"));
    Result tar =
        exec(
            List.of("tar", "-xzf", archive.toString(), "-C", unpacked.toString()),
            Map.of(),
            work,
            Duration.ofMinutes(2));
    if (tar.code() != 0) {
      throw new IllegalStateException("tar failed: " + tar.out());
    }
    Path home;
    try (var entries = Files.list(unpacked)) {
      home = entries.findFirst().orElseThrow();
    }
    return new UnpackedDistribution(
        home, jre(), Files.createDirectories(work.resolve("user-home")));
  }

  /** One JRE per build, in target/, reused by every test of the module. */
  private static synchronized Path jre() throws IOException, InterruptedException {
    Path jre = Path.of("target", "jre-17").toAbsolutePath();
    if (Files.isExecutable(jre.resolve("bin/java"))) {
      return jre;
    }
    Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
    Result made =
        exec(
            List.of(
                jlink.toString(),
                "--add-modules",
                JRE_MODULES,
                "--strip-debug",
                "--no-man-pages",
                "--no-header-files",
                "--output",
                jre.toString()),
            Map.of(),
            jre.getParent(),
            Duration.ofMinutes(3));
    if (made.code() != 0) {
      throw new IllegalStateException("jlink failed: " + made.out());
    }
    return jre;
  }

  /**
   * What the launchers use besides Java (bash and coreutils), and cat for examples/ci/tck-gate.sh.
   */
  private static final List<String> SYSTEM_COMMANDS =
      List.of("env", "bash", "dirname", "readlink", "sed", "cat");

  /**
   * The base environment: PATH is this JRE and a directory holding only {@link #SYSTEM_COMMANDS},
   * so neither the system's JDK, Maven, Go, helm nor docker can be found.
   */
  Map<String, String> environment() throws IOException {
    Path system = userHome.resolveSibling("system-bin");
    if (!Files.isDirectory(system)) {
      Files.createDirectories(system);
      for (String command : SYSTEM_COMMANDS) {
        Path real =
            Stream.of("/usr/bin", "/bin")
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(
                    () -> new IllegalStateException("no " + command + " in /usr/bin or /bin"));
        // Copies, not links: the temporary directory is then removed whole, with nothing pointing
        // outside it.
        Files.copy(real.toRealPath(), system.resolve(command), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    Map<String, String> env = new HashMap<>();
    env.put("PATH", jre.resolve("bin") + ":" + system);
    env.put("HOME", userHome.toString());
    env.put("LANG", "C.UTF-8");
    return env;
  }

  Result run(String launcher, Map<String, String> extraEnv, Path workDir, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of(home.resolve("bin").resolve(launcher).toString()));
    command.addAll(List.of(args));
    Map<String, String> env = environment();
    env.putAll(extraEnv);
    return exec(command, env, workDir, Duration.ofMinutes(10));
  }

  static Result exec(List<String> command, Map<String, String> env, Path workDir, Duration deadline)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("distribution-run", ".log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      if (!env.isEmpty()) {
        builder.environment().clear();
        builder.environment().putAll(env);
      }
      Process process = builder.start();
      if (!process.waitFor(deadline.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            command + " did not finish within " + deadline + ":\n" + Files.readString(log));
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  record Result(int code, String out) {}
}
