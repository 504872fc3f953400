package dev.helmoci.tck.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.fault.Fault;
import dev.helmoci.tck.fixtures.fault.FaultProxy;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing left behind: against zot, distribution 3 and distribution 2.8 (processes, deletes on), a
 * run of every built-in suite cleans up all it wrote; a run killed with SIGKILL is cleaned up by
 * {@code sweep} from its ledger; a run stopped with SIGINT cleans up itself, writes its reports
 * with the stopped cases marked and exits 130. What was written is what a proxy in front of the
 * registry saw, not what the kit's ledger says.
 */
class LeftoversIT {
  private static final String USER = "tck";
  private static final String PASSWORD = "leftovers-Pa55";

  @TempDir Path work;

  @ParameterizedTest
  @EnumSource(RegistryFlavor.class)
  void aCleanRunLeavesNothing(RegistryFlavor flavor) throws Exception {
    try (EmbeddedRegistry registry = start(flavor);
        FaultProxy proxy = FaultProxy.start(registry.baseUrl(), Fault.NONE);
        KitProcess kit = run(proxy, "clean", List.of("--parallelism", "4"))) {
      int code = kit.awaitExit(Duration.ofMinutes(6));
      assertThat(code).as(kit.output()).isIn(0, 1);
      assertThat(Leftovers.writes(proxy.exchanges()))
          .as("manifests the run pushed")
          .isGreaterThan(50);
      assertThat(Leftovers.of(proxy.exchanges(), registry)).as("left on %s", flavor).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(RegistryFlavor.class)
  void sweepClearsWhatAKilledRunLeft(RegistryFlavor flavor) throws Exception {
    try (EmbeddedRegistry registry = start(flavor);
        FaultProxy proxy = FaultProxy.start(registry.baseUrl(), Fault.NONE)) {
      Path ledger;
      try (KitProcess kit = run(proxy, "killed", List.of())) {
        ledger = awaitLedger(work.resolve("killed"), 40, kit);
        kit.signal("KILL");
        kit.awaitExit(Duration.ofSeconds(30));
      }
      // A request the killed run had sent may still be landing (the proxy carries on without its
      // client).
      awaitQuiet(proxy);
      assertThat(Leftovers.of(proxy.exchanges(), registry))
          .as("the killed run left something to sweep")
          .isNotEmpty();
      KitProcess sweep =
          KitProcess.start(
              work,
              Map.of("OCI_PASSWORD", PASSWORD),
              List.of(
                  "sweep",
                  "--target",
                  registry.baseUrl().toString(),
                  "--username",
                  USER,
                  "--ledger",
                  ledger.toString()));
      assertThat(sweep.awaitExit(Duration.ofMinutes(3))).as(sweep.output()).isZero();
      assertThat(Leftovers.of(proxy.exchanges(), registry))
          .as("left on %s after sweep", flavor)
          .isEmpty();

      KitProcess again =
          KitProcess.start(
              work,
              Map.of("OCI_PASSWORD", PASSWORD),
              List.of(
                  "sweep",
                  "--target",
                  registry.baseUrl().toString(),
                  "--username",
                  USER,
                  "--ledger",
                  ledger.toString()));
      assertThat(again.awaitExit(Duration.ofMinutes(3)))
          .as("a second sweep is harmless: %s", again.output())
          .isZero();
      assertThat(again.output()).contains(", 0 could not be deleted").doesNotContain("\ndeleted ");
    }
  }

  @ParameterizedTest
  @EnumSource(RegistryFlavor.class)
  void anInterruptedRunCleansUpAndReports(RegistryFlavor flavor) throws Exception {
    try (EmbeddedRegistry registry = start(flavor);
        FaultProxy proxy = FaultProxy.start(registry.baseUrl(), Fault.NONE);
        KitProcess kit = run(proxy, "interrupted", List.of())) {
      Path reports = work.resolve("interrupted");
      awaitLedger(reports, 40, kit);
      long signalled = System.nanoTime();
      kit.signal("INT");
      int code = kit.awaitExit(Duration.ofSeconds(75));
      assertThat(code).as(kit.output()).isEqualTo(130);
      assertThat(Duration.ofNanos(System.nanoTime() - signalled))
          .isLessThan(Duration.ofSeconds(60));
      assertThat(reports.resolve("results.json")).content().contains("\"interrupted\"");
      assertThat(reports.resolve("summary.md")).exists();
      assertThat(reports.resolve("junit")).isDirectoryContaining("glob:**.xml");
      assertThat(Leftovers.of(proxy.exchanges(), registry)).as("left on %s", flavor).isEmpty();
    }
  }

  private static void awaitQuiet(FaultProxy proxy) throws InterruptedException {
    int seen = -1;
    while (seen != proxy.exchanges().size()) {
      seen = proxy.exchanges().size();
      Thread.sleep(2000);
    }
  }

  private KitProcess run(FaultProxy proxy, String name, List<String> extra) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--target",
                proxy.baseUrl().toString(),
                "--plain-http",
                "--username",
                USER,
                "--reports",
                work.resolve(name).toString()));
    args.addAll(extra);
    return KitProcess.start(work, Map.of("OCI_PASSWORD", PASSWORD), args);
  }

  /** Waits until the run's ledger names {@code entries} writes, and returns it. */
  private static Path awaitLedger(Path reports, int entries, KitProcess kit) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Path> ledger = ledger(reports);
      if (ledger.isPresent() && Files.readAllLines(ledger.get()).size() >= entries) {
        return ledger.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "no ledger of " + entries + " entries in " + reports + "\n" + kit.output());
  }

  private static Optional<Path> ledger(Path reports) throws IOException {
    if (!Files.isDirectory(reports)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(reports)) {
      return files.filter(p -> p.getFileName().toString().matches("ledger-.*\\.jsonl")).findFirst();
    }
  }

  private static EmbeddedRegistry start(RegistryFlavor flavor) {
    RegistryLauncher launcher =
        RegistryLauncher.of(flavor, RegistryLauncher.Mode.PROCESS)
            .auth(RegistryAuth.htpasswd(USER, PASSWORD));
    return RequiredPeers.available(launcher).start();
  }
}
