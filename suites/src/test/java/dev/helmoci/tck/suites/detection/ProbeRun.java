package dev.helmoci.tck.suites.detection;

import dev.helmoci.tck.engine.probe.HelmProbe;
import dev.helmoci.tck.engine.probe.ProbeResult;
import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.engine.target.TargetSettings;
import dev.helmoci.tck.engine.target.TlsOptions;
import dev.helmoci.tck.engine.target.UrlTargetProvider;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.Tools;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The real-helm probe, helm 3 then helm 4, against one detection target: the oracle for that
 * scenario.
 */
final class ProbeRun {
  private ProbeRun() {}

  static List<ProbeResult> against(DetectionTarget target, String runId) {
    Target url =
        new UrlTargetProvider()
            .open(
                new TargetSettings(
                    Optional.of(target.url()),
                    target.credentials().map(c -> new Credentials(c.username(), c.password())),
                    new TlsOptions(Optional.empty(), false, true),
                    key -> Optional.empty()));
    List<ProbeResult> results = new ArrayList<>();
    for (Tool tool : List.of(Tool.HELM3, Tool.HELM4)) {
      Optional<Path> binary = Tools.fromEnvironment().find(tool);
      PeerCheck.require(
          binary.isPresent(), tool.name(), tool + " is needed for the real-helm probe");
      Path work = temp();
      try {
        results.add(
            new HelmProbe(
                    new HelmCli(binary.get(), work.resolve("home")),
                    url,
                    "tck-" + runId + "-" + tool.name().toLowerCase(),
                    work.resolve("work"))
                .reader(target.reader().map(r -> new Credentials(r.username(), r.password())))
                .run());
      } finally {
        delete(work);
      }
    }
    return results;
  }

  static String failedFeatures(List<ProbeResult> probes) {
    TreeSet<String> failed = new TreeSet<>();
    probes.forEach(
        p ->
            p.features().values().stream()
                .filter(f -> f.failed())
                .forEach(f -> failed.add(f.feature())));
    return failed.isEmpty() ? "nothing" : failed.toString();
  }

  private static Path temp() {
    try {
      return Files.createTempDirectory("tck-probe-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: a temp directory
    }
  }
}
