package dev.helmoci.tck.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One child process timed from fork to exit, with its peak resident set read from {@code
 * /proc/<pid>/status} ({@code VmHWM}, the kernel's high-water mark) while it runs. Output goes to
 * files, so a chatty child costs the benchmark no heap. The launchers {@code exec} java, so the pid
 * polled is the JVM's own.
 */
record ProcessRun(
    List<String> command,
    int exitCode,
    Duration wall,
    long peakRssKib,
    long cpuMillis,
    Path stdout,
    Path stderr) {
  private static final long POLL_MILLIS = 5;

  /**
   * USER_HZ: Linux reports process times in ticks of 1/100 s on every architecture the kit runs on.
   */
  private static final long TICK_MILLIS = 10;

  static ProcessRun run(
      List<String> command, Map<String, String> env, Path workDir, Duration timeout) {
    try {
      Files.createDirectories(workDir);
      Path out = Files.createTempFile(workDir, "out-", ".txt");
      Path err = Files.createTempFile(workDir, "err-", ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.PIPE);
      builder.environment().putAll(env);
      long started = System.nanoTime();
      Process process = builder.start();
      process.getOutputStream().close();
      Path status = Path.of("/proc", Long.toString(process.pid()), "status");
      Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
      long peak = 0;
      long cpu = 0;
      long deadline = started + timeout.toNanos();
      while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, highWaterMark(status));
        cpu = Math.max(cpu, cpuMillis(stat));
        if (System.nanoTime() > deadline) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
          throw new IllegalStateException(
              String.join(" ", command) + " did not finish within " + timeout);
        }
      }
      Duration wall = Duration.ofNanos(System.nanoTime() - started);
      return new ProcessRun(List.copyOf(command), process.exitValue(), wall, peak, cpu, out, err);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    }
  }

  /** Fails with the command, exit code and the end of stderr unless the process exited 0. */
  ProcessRun requireSuccess() {
    if (exitCode != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " exited " + exitCode + ": " + tail(stderr) + tail(stdout));
    }
    return this;
  }

  String stdoutText() {
    try {
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void deleteOutput() {
    try {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tail(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.length() > 2000 ? "…" + text.substring(text.length() - 2000) : text;
    } catch (IOException e) {
      return "(" + e.getMessage() + ")";
    }
  }

  /**
   * User plus system time so far (fields 14 and 15 of proc(5)'s stat), the last poll before exit:
   * CPU time is what a loaded machine does not inflate, where wall time it does. Misses at most the
   * last poll interval.
   */
  private static long cpuMillis(Path stat) {
    try {
      String text = Files.readString(stat);
      String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MILLIS;
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  private static long highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).replace("kB", "").trim());
        }
      }
    } catch (IOException | NumberFormatException gone) {
      // The process exited between the poll and the read: the last value read stands.
    }
    return 0;
  }
}
