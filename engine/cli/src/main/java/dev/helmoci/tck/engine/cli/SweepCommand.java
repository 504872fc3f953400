package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.engine.cleanup.CleanupReport;
import dev.helmoci.tck.engine.cleanup.RegistryCleanup;
import dev.helmoci.tck.engine.run.Redactor;
import dev.helmoci.tck.engine.target.RunLedger;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.engine.target.TargetClients;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code helm-oci-tck sweep}: deletes what crashed or killed runs left behind — everything their
 * ledgers name (a run appends each write to {@code ledger-<run id>.jsonl} before sending it) and
 * every repository under {@code [<namespace>/]tck-} the catalog lists — with the same cleanup a run
 * does at its end. Idempotent. The password comes from {@code OCI_PASSWORD} only.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description =
        "Delete what earlier runs left in a registry: what their ledgers name, and the run repositories the catalog lists.",
    footer = {
      "",
      "Environment: OCI_PASSWORD (the password for --username).",
      "Exit codes: 0 nothing left that could not be deleted; 1 something could not be deleted (each is listed",
      "  with the registry's reason); 2 bad arguments or an unreadable ledger."
    })
final class SweepCommand implements Callable<Integer> {
  @Mixin UrlTargetOptions registryOptions;

  @Option(
      names = "--namespace",
      defaultValue = "",
      description = "the runs' namespace, as given to run")
  String namespace;

  @Option(
      names = "--ledger",
      paramLabel = "FILE",
      description = "a run's ledger-<run id>.jsonl (repeatable; in the run's --reports folder)")
  List<Path> ledgers = new ArrayList<>();

  @Option(
      names = "--no-catalog",
      description = "only what the ledgers name; do not list the catalog")
  boolean noCatalog;

  @Option(names = "--dry-run", description = "list what would be deleted, delete nothing")
  boolean dryRun;

  @Override
  public Integer call() throws IOException {
    List<RunLedger.Entry> entries = new ArrayList<>();
    for (Path ledger : ledgers) {
      entries.addAll(RunLedger.read(ledger));
    }
    Target target = registryOptions.open();
    Redactor redactor =
        target
            .credentials()
            .map(c -> new Redactor(c.username(), c.password()))
            .orElseGet(Redactor::none);
    CleanupReport report = new CleanupReport(redactor::redact, System.out::println);
    // The client cleanup uses at the end of a run: no retries, the target's TLS and account.
    RegistryClient registry = TargetClients.housekeepingClient(target);
    if (!noCatalog) {
      entries.addAll(catalogued(registry, report));
    }
    new RegistryCleanup(registry, dryRun, report).clean(entries);
    System.out.println(report.summary());
    return report.kept() == 0 ? TckCli.PASSED : TckCli.FAILED;
  }

  /**
   * The run repositories the catalog lists; a registry without a catalog (or refusing it) is noted,
   * not fatal.
   */
  private List<RunLedger.Entry> catalogued(RegistryClient registry, CleanupReport report) {
    String prefix = (namespace.isEmpty() ? "" : namespace + "/") + "tck-";
    List<RunLedger.Entry> found = new ArrayList<>();
    try {
      for (String repository : registry.catalog()) {
        if (repository.startsWith(prefix)) {
          found.add(
              new RunLedger.Entry(
                  Instant.EPOCH, "", RunLedger.Kind.REPOSITORY, repository, "", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      report.note(
          "cannot list the catalog (" + e.getMessage() + "); sweeping what the ledgers name");
    }
    return found;
  }
}
