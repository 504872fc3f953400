package dev.helmoci.tck.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A helm-shaped binary run once per call, as a chart author or a CI job runs it: real helm, or the
 * distribution's {@code bin/helm-oci} launcher (same arguments, same helm home). Each call must
 * exit 0; the last run is kept for its peak memory.
 */
final class ProcessCaller implements ChartCaller {
  static final Duration CALL_TIMEOUT = Duration.ofMinutes(10);

  private final String name;
  private final Path binary;
  private final Map<String, String> env;
  private final Path work;
  private ProcessRun last;

  ProcessCaller(String name, Path binary, Map<String, String> env, Path work) {
    this.name = name;
    this.binary = binary;
    this.env = Map.copyOf(env);
    this.work = work;
  }

  /** The same binary with more environment, e.g. {@code JAVA_OPTS=-Xmx64m} for the launcher. */
  ProcessCaller with(String suffix, Map<String, String> more) {
    Map<String, String> merged = new HashMap<>(env);
    merged.putAll(more);
    return new ProcessCaller(name + suffix, binary, merged, work);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double push(Path chart, String remote) {
    return call("push", chart.toString(), remote, "--plain-http").wall().toNanos() / 1e6;
  }

  @Override
  public double pull(String ref, String version, Path dir) {
    return call("pull", ref, "--version", version, "-d", dir.toString(), "--plain-http")
            .wall()
            .toNanos()
        / 1e6;
  }

  @Override
  public double showChart(String ref, String version, String chartName) {
    ProcessRun run = call("show", "chart", ref, "--version", version, "--plain-http");
    if (!run.stdoutText().contains("name: " + chartName)) {
      throw new IllegalStateException(
          name + " show chart " + ref + " printed no 'name: " + chartName + "'");
    }
    return run.wall().toNanos() / 1e6;
  }

  /** {@code helm package DIR -d OUT} (real helm only). */
  void packageChart(Path chartDir, Path out) {
    call("package", chartDir.toString(), "-d", out.toString());
  }

  /** The CPU time (user + system) of the last call, in milliseconds. */
  long lastCpuMillis() {
    return last == null ? 0 : last.cpuMillis();
  }

  /** The peak resident set of the last call, in KiB. */
  long lastPeakRssKib() {
    return last == null ? 0 : last.peakRssKib();
  }

  private ProcessRun call(String... args) {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(List.of(args));
    if (last != null) {
      last.deleteOutput();
    }
    last = ProcessRun.run(command, env, work, CALL_TIMEOUT).requireSuccess();
    return last;
  }
}
