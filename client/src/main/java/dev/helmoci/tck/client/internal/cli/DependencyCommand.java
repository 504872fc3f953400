package dev.helmoci.tck.client.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code helm-oci dependency update CHART_DIR}: OCI dependencies only. */
@Command(
    name = "dependency",
    description = "manage a chart's dependencies",
    subcommands = DependencyCommand.Update.class)
public final class DependencyCommand implements Runnable {
  @Mixin HelpOption help;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without a subcommand helm prints the command's help and succeeds. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "update", description = "update charts/ based on the contents of Chart.yaml")
  static final class Update implements Callable<Integer> {
    @Mixin HelpOption help;

    @Parameters(index = "0", paramLabel = "CHART", defaultValue = ".")
    Path chart;

    @Mixin ClientOptions options;

    @Mixin BasicAuthOptions auth;

    @Override
    public Integer call() throws IOException {
      options.client(auth).dependencyUpdate(chart);
      return 0;
    }
  }
}
