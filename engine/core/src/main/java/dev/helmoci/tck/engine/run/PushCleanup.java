package dev.helmoci.tck.engine.run;

import dev.helmoci.tck.engine.cleanup.CleanupReport;
import dev.helmoci.tck.engine.cleanup.RegistryCleanup;
import dev.helmoci.tck.engine.target.RunLedger;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.engine.target.TargetClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * At the end of a run against a shared registry, deletes everything the ledger names and writes
 * what it did, and why a registry refused (many disable deletes), to {@code cleanup-<run id>.txt}.
 * What it cannot delete, {@code sweep} can retry.
 */
final class PushCleanup {
  private PushCleanup() {}

  static Path run(
      Target target,
      RunLedger ledger,
      String runId,
      Path outputDirectory,
      UnaryOperator<String> redact) {
    CleanupReport report = new CleanupReport(redact, line -> {});
    try {
      new RegistryCleanup(TargetClients.housekeepingClient(target), false, report)
          .clean(ledger.entries());
    } catch (IOException | RuntimeException e) {
      report.note("no cleanup: " + e.getMessage());
    }
    List<String> lines = new ArrayList<>(report.lines());
    lines.add(report.summary());
    try {
      Files.createDirectories(outputDirectory);
      return Files.write(outputDirectory.resolve("cleanup-" + runId + ".txt"), lines);
    } catch (IOException e) {
      return null;
    }
  }
}
