package dev.helmoci.tck.client.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code helm-oci push CHART.tgz oci://host/namespace}. */
@Command(name = "push", description = "push a chart to remote")
public final class PushCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Parameters(index = "0", paramLabel = "CHART")
  Path chart;

  @Parameters(index = "1", paramLabel = "REMOTE")
  String remote;

  @Mixin ClientOptions options;

  @Mixin BasicAuthOptions auth;

  @Override
  public Integer call() throws IOException {
    options.client(auth).push(chart, remote);
    return 0;
  }
}
