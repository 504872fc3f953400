package dev.helmoci.tck.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code helm-oci-tck}: runs the conformance suites from a terminal or a CI job. Exit codes: 0
 * every selected case passed (or was disabled/unsupported), 1 a registry failed a case, 2 the kit
 * or its environment broke (an error outcome, a malformed suite, bad arguments).
 */
@Command(
    name = "helm-oci-tck",
    mixinStandardHelpOptions = true,
    version = "helm-oci-tck 0.1",
    description = "Tests a registry's support for Helm's OCI features.",
    subcommands = {
      RunCommand.class,
      MatrixCommand.class,
      ProbeCommand.class,
      SweepCommand.class,
      ReportCommand.class,
      VerifyBundleCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TckCli {
  public static final int PASSED = 0;
  public static final int FAILED = 1;
  public static final int KIT_ERROR = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    CommandLine cli = new CommandLine(new TckCli());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parse) -> {
          commandLine.getErr().println("error: " + e.getMessage());
          return KIT_ERROR;
        });
    cli.setParameterExceptionHandler(
        (e, ignored) -> {
          e.getCommandLine().getErr().println("error: " + e.getMessage());
          e.getCommandLine().usage(e.getCommandLine().getErr());
          return KIT_ERROR;
        });
    return cli.execute(args);
  }
}
