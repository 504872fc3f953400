package dev.helmoci.tck.client.internal.cli;

import dev.helmoci.tck.client.internal.migrate.ProgressPrinter;
import dev.helmoci.tck.client.migrate.Migration;
import dev.helmoci.tck.client.migrate.MigrationFilter;
import dev.helmoci.tck.client.migrate.MigrationReport;
import dev.helmoci.tck.client.repo.ChartRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code helm-oci migrate REPO_URL oci://HOST/NAMESPACE}: every chart version of a classic
 * repository pushed as helm push would push it, resumable, then optionally pulled back and
 * compared. Exit codes: 0 every version migrated, skipped or verified; 1 some version failed (the
 * report names each with its reason); 2 bad usage, or the source index cannot be read.
 */
@Command(
    name = "migrate",
    description = {
      "migrate a classic chart repository (index.yaml) into an OCI registry namespace",
      "",
      "Each version is downloaded (its index digest checked), pushed with its",
      ".prov as provenance layer, and recorded in the state file. A rerun after",
      "an interruption skips what is recorded; a version already on the target",
      "with the same bytes is skipped.",
      "",
      "Exit codes: 0 ok, 1 some version failed, 2 usage or source error."
    })
public final class MigrateCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "REPO_URL",
      description = "the chart repository URL (as for helm repo add)")
  String repoUrl;

  @Parameters(index = "1", paramLabel = "DESTINATION", description = "oci://host[:port]/namespace")
  String destination;

  @Option(
      names = "--chart",
      paramLabel = "NAME",
      split = ",",
      description = "only these charts (repeatable)")
  List<String> charts = List.of();

  @Option(
      names = "--version",
      paramLabel = "CONSTRAINT",
      description = "only versions matching this constraint")
  String version;

  @Option(names = "--dry-run", description = "print the plan; push nothing")
  boolean dryRun;

  @Option(
      names = "--verify",
      description = "re-check a finished migration: pull every version back and compare")
  boolean verify;

  @Option(
      names = "--concurrency",
      defaultValue = "4",
      description = "versions moved at once (default: ${DEFAULT-VALUE})")
  int concurrency;

  @Option(
      names = "--state-file",
      paramLabel = "FILE",
      defaultValue = "helm-oci-migrate.state",
      description = "where finished versions are recorded (default: ${DEFAULT-VALUE})")
  Path stateFile;

  @Option(
      names = "--report-json",
      paramLabel = "FILE",
      description = "also write the report as JSON here")
  Path reportJson;

  @Option(names = "--repo-username", description = "chart repository username")
  String repoUsername;

  @Option(
      names = "--repo-password-env",
      paramLabel = "VAR",
      description = "name of the environment variable holding the chart repository password")
  String repoPasswordEnv;

  @Option(
      names = "--index-file",
      paramLabel = "NAME",
      defaultValue = "index.yaml",
      description =
          "the index under REPO_URL, e.g. index.json where served (default: ${DEFAULT-VALUE})")
  String indexFile;

  @Option(names = "--pass-credentials", description = "pass repository credentials to all domains")
  boolean passCredentials;

  @Mixin ClientOptions options;

  @Mixin BasicAuthOptions auth;

  @Override
  public Integer call() throws IOException {
    Migration migration;
    try {
      String password = repoPasswordEnv == null ? null : System.getenv(repoPasswordEnv);
      if (repoPasswordEnv != null && password == null) {
        System.err.println(
            "Error: environment variable " + repoPasswordEnv + " (--repo-password-env) is not set");
        return 2;
      }
      ChartRepository source =
          ChartRepository.builder(repoUrl)
              .transport(options.transport())
              .basicAuth(repoUsername, password)
              .passCredentialsAll(passCredentials)
              .indexFile(indexFile)
              .build();
      migration =
          Migration.builder(source, options.client(auth), destination)
              .filter(MigrationFilter.of(new LinkedHashSet<>(charts), version))
              .concurrency(concurrency)
              .dryRun(dryRun)
              .stateFile(stateFile)
              .listener(new ProgressPrinter(System.err))
              .build();
    } catch (IllegalArgumentException e) {
      System.err.println("Error: " + e.getMessage());
      return 2;
    }
    MigrationReport report;
    try {
      report = verify ? migration.verify() : migration.run();
    } catch (IOException e) {
      System.err.println("Error: " + e.getMessage());
      return 2;
    }
    System.out.print(report.toText());
    if (reportJson != null) {
      Files.writeString(reportJson, report.toJson());
    }
    return report.exitCode();
  }
}
