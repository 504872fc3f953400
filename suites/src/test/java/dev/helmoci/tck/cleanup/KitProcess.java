package dev.helmoci.tck.cleanup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The kit's command line in a fresh JVM with this test's class path, no inherited {@code OCI_*}
 * settings, output in files of its work directory; so a test can signal it (SIGINT, SIGTERM,
 * SIGKILL) as a CI system would.
 */
final class KitProcess implements AutoCloseable {
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private KitProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  static KitProcess start(Path work, Map<String, String> environment, List<String> args)
      throws IOException {
    // A process started in the background inherits SIGINT ignored (as Maven's forked test JVM may
    // be); reset it, as
    // a terminal's Ctrl-C or a CI runner's cancel reaches a foreground kit.
    List<String> command =
        new ArrayList<>(
            List.of(
                "env",
                "--default-signal=INT,TERM",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.helmoci.tck.engine.cli.TckCli"));
    command.addAll(args);
    Files.createDirectories(work);
    String name = args.get(0) + "-" + System.nanoTime();
    Path out = work.resolve(name + ".out");
    Path err = work.resolve(name + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("OCI_"));
    builder.environment().putAll(environment);
    return new KitProcess(builder.start(), out, err);
  }

  /** Sends a signal by PID, e.g. {@code INT}. */
  void signal(String name) throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
    }
  }

  /** The exit code, failing the test when the process has not ended within {@code limit}. */
  int awaitExit(Duration limit) throws InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      close();
      throw new AssertionError(
          "the kit did not end within " + limit.toSeconds() + "s\n" + output());
    }
    return process.exitValue();
  }

  String output() {
    try {
      return "stdout:\n" + Files.readString(stdout) + "\nstderr:\n" + Files.readString(stderr);
    } catch (IOException e) {
      return "(output unreadable: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
