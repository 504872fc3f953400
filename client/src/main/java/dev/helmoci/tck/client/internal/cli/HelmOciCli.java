package dev.helmoci.tck.client.internal.cli;

import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code helm-oci}: the reference client's command line, shaped like helm's OCI commands. Errors
 * print {@code Error: <message>} and exit 1, as helm does.
 */
@Command(
    name = "helm-oci",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Helm's OCI registry commands, byte-exact with Helm, on the JVM.",
    footer = {
      "",
      "Environment: HELM_OCI_TIMEOUT the deadline of one whole command (default 10m; e.g. 90s, 5m);",
      "  HELM_REGISTRY_CONFIG, DOCKER_CONFIG and the proxy variables as helm reads them.",
      "Each request: 30s to connect, 60s per read, no retry once 60s went by, 10m per call.",
      "Exit codes: 0 success; 1 any error (helm's convention)."
    },
    subcommands = {
      RegistryCommand.class,
      PushCommand.class,
      PullCommand.class,
      ShowCommand.class,
      DependencyCommand.class,
      MigrateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class HelmOciCli {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns the exit code (0 success, 1 error — helm's convention). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new HelmOciCli());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("Error: " + CliErrors.message(e));
          return 1;
        });
    cli.setParameterExceptionHandler(
        (e, args2) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("Error: " + e.getMessage());
          e.getCommandLine().usage(err);
          return 1;
        });
    Duration limit;
    try {
      limit = CommandDeadline.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      cli.getErr().println("Error: " + e.getMessage());
      return 1;
    }
    return CommandDeadline.run(() -> cli.execute(args), limit, cli.getErr());
  }
}
