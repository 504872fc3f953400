package dev.helmoci.tck.engine.run;

import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.engine.target.RunLedger;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.engine.target.TargetClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes, by digest, every manifest a run pushed to a shared registry, and writes what it did (or why a registry
 * refused: many disable deletes) to {@code cleanup-<run id>.txt}. What it cannot delete, {@code sweep} can retry.
 */
final class PushCleanup {
  private PushCleanup() {
  }

  static Path run(Target target, RunLedger ledger, String runId, Path outputDirectory, String redactedSecret) {
    List<String> lines = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    try {
      RegistryClient registry = client(target);
      for (RunLedger.Entry entry : ledger.entries()) {
        String key = entry.repository() + "@" + entry.digest();
        if (entry.digest().isEmpty() || !done.add(key)) {
          continue;
        }
        try {
          registry.deleteManifest(entry.repository(), entry.digest());
          lines.add("deleted " + key);
        } catch (IOException | RuntimeException e) {
          lines.add("kept " + key + ": " + String.valueOf(e.getMessage()).replace(redactedSecret, "****"));
        }
      }
    } catch (IOException | RuntimeException e) {
      lines.add("no cleanup: " + String.valueOf(e.getMessage()).replace(redactedSecret, "****"));
    }
    try {
      Files.createDirectories(outputDirectory);
      return Files.write(outputDirectory.resolve("cleanup-" + runId + ".txt"), lines);
    } catch (IOException e) {
      return null;
    }
  }

  private static RegistryClient client(Target target) throws IOException {
    return TargetClients.registryClient(target);
  }
}
