package dev.helmoci.tck.client.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.migrate.VersionOutcome.Status;
import dev.helmoci.tck.client.repo.ChartRepository;
import dev.helmoci.tck.client.transport.RecordedExchange;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.repo.ChartMuseumProcess;
import dev.helmoci.tck.fixtures.repo.ChartSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helm-oci migrate} as its own JVM, SIGKILLed once 40 versions are recorded, then run again:
 * every version the state file holds is neither downloaded nor pushed again (no archive GET, no
 * manifest PUT for it), the version in flight at the kill is found on the target and skipped, and
 * the rest is migrated.
 */
class ResumeAfterKillIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aKilledMigrationResumesWithoutReuploadingFinishedVersions(@TempDir Path work)
      throws Exception {
    ChartSource source = MigrationPeers.source();
    try (ChartMuseumProcess museum = ChartMuseumProcess.start(source, Optional.empty());
        EmbeddedRegistry registry = MigrationPeers.registry(RegistryFlavor.ZOT)) {
      Path state = work.resolve("migrate.state");
      String destination = "oci://" + registry.hostPort() + "/resumed";
      Process first =
          new ProcessBuilder(
                  javaBinary(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "dev.helmoci.tck.client.internal.cli.HelmOciCli",
                  "migrate",
                  museum.url().toString(),
                  destination,
                  "--plain-http",
                  "--concurrency",
                  "2",
                  "--state-file",
                  state.toString())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("first.log").toFile())
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (finished(state).size() < 40 && first.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      first.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no final write
      first.waitFor(10, TimeUnit.SECONDS);
      Map<String, String> done = finished(state);
      assertThat(done.size())
          .as("killed mid-run; its output:\n%s", Files.readString(work.resolve("first.log")))
          .isBetween(40, source.versions().size() - 20);

      List<RecordedExchange> wire = java.util.Collections.synchronizedList(new ArrayList<>());
      TransportOptions observed =
          TransportOptions.builder().plainHttp(true).observer(wire::add).build();
      ChartRepository repo =
          ChartRepository.builder(museum.url().toString()).transport(observed).build();
      MigrationReport rerun =
          Migration.builder(repo, MigrationPeers.client(work, wire::add), destination)
              .stateFile(state)
              .concurrency(4)
              .build()
              .run();

      assertThat(rerun.counts().get(Status.RESUMED)).as(rerun.toText()).isEqualTo(done.size());
      assertThat(rerun.failures()).as(rerun.toText()).isEmpty();
      int migrated = rerun.counts().get(Status.MIGRATED);
      int skipped = rerun.counts().get(Status.SKIPPED);
      assertThat(migrated + skipped + done.size()).isEqualTo(source.versions().size());
      assertThat(skipped)
          .as("at most the versions in flight at the kill are found already pushed")
          .isLessThanOrEqualTo(2);
      for (RecordedExchange e : wire) {
        for (Map.Entry<String, String> d : done.entrySet()) {
          String[] chartVersion = d.getKey().split(" ");
          String tag = chartVersion[1].replace('+', '_');
          boolean sameManifest =
              e.url().endsWith("/resumed/" + chartVersion[0] + "/manifests/" + tag)
                  || e.url().endsWith("/manifests/" + d.getValue());
          assertThat(e.method().equals("PUT") && sameManifest)
              .as("re-pushed %s: %s", d.getKey(), e)
              .isFalse();
          assertThat(
                  e.method().equals("GET")
                      && e.url().endsWith("/" + chartVersion[0] + "-" + chartVersion[1] + ".tgz"))
              .as("re-downloaded %s: %s", d.getKey(), e)
              .isFalse();
        }
      }
      long tagPuts =
          wire.stream()
              .filter(e -> e.method().equals("PUT") && e.url().matches(".*/manifests/[^:/]+$"))
              .count();
      assertThat(tagPuts).as("one tag PUT per version migrated by the rerun").isEqualTo(migrated);
    }
  }

  /**
   * Complete lines of the state file: "chart version" → manifest digest (a line cut by the kill is
   * ignored).
   */
  private static Map<String, String> finished(Path state) throws IOException {
    Map<String, String> done = new HashMap<>();
    if (!Files.exists(state)) {
      return done;
    }
    for (String line : Files.readAllLines(state)) {
      try {
        JsonNode n = JSON.readTree(line);
        if (n != null && n.has("manifest")) {
          done.put(
              n.get("chart").asText() + " " + n.get("version").asText(),
              n.get("manifest").asText());
        }
      } catch (IOException partial) {
        // being written
      }
    }
    return done;
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
