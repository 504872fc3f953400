package dev.helmoci.tck.client.internal.cli;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.ChartShow;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code helm-oci show chart|values|readme|crds|all oci://host/repo/chart [--version]}. */
@Command(name = "show", description = "show information of a chart")
public final class ShowCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Parameters(index = "0", paramLabel = "WHAT", description = "chart, values, readme, crds or all")
  String what;

  @Parameters(index = "1", paramLabel = "CHART")
  String chart;

  @Option(
      names = "--version",
      description = "specify a version constraint for the chart version to use")
  String version = "";

  @Option(
      names = "--devel",
      description = "use development versions, too. Equivalent to version '>0.0.0-0'")
  boolean devel;

  @Mixin ClientOptions options;

  @Mixin BasicAuthOptions auth;

  @Override
  public Integer call() throws IOException {
    ChartShow.What kind = ChartShow.What.valueOf(what.toUpperCase(Locale.ROOT));
    HelmOciClient client = options.client(auth, System.err, System.err);
    String wanted = devel && version.isEmpty() ? ">0.0.0-0" : version;
    System.out.print(client.show(chart, wanted, kind));
    return 0;
  }
}
