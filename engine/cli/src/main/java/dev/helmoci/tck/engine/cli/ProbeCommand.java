package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.engine.probe.HelmProbe;
import dev.helmoci.tck.engine.probe.ProbeResult;
import dev.helmoci.tck.engine.probe.ProbeTable;
import dev.helmoci.tck.engine.run.WorkTrees;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.tools.Tools;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code helm-oci-tck probe}: what real helm does against a registry, feature by feature — the
 * oracle the kit's verdicts are checked against. Exit 0 when every probed feature worked, 1 when
 * helm failed one, 2 on a kit error.
 */
@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    description = "Run real helm against a registry, feature by feature, and print what worked.")
final class ProbeCommand implements Callable<Integer> {

  @Mixin UrlTargetOptions registryOptions;

  @Option(
      names = "--helm",
      paramLabel = "BINARY",
      split = ",",
      description =
          "helm binaries, or helm3 / helm4 for the provisioned ones (default: helm3,helm4)")
  List<String> helm = new ArrayList<>(List.of("helm3", "helm4"));

  @Option(
      names = "--namespace",
      defaultValue = "tck-probe",
      description = "repository prefix (default: ${DEFAULT-VALUE})")
  String namespace;

  @Option(
      names = "--reports",
      defaultValue = "target/helm-oci-tck-report",
      description = "where probe.json goes (default: ${DEFAULT-VALUE})")
  Path reports;

  @Override
  public Integer call() throws Exception {
    Target registry = registryOptions.open();
    URI target = registryOptions.target;
    List<ProbeResult> results = new ArrayList<>();
    Path work = Files.createTempDirectory("helm-oci-tck-probe-");
    try {
      for (String binary : helm) {
        Path path =
            binary.equals("helm3")
                ? Tools.fromEnvironment().require(Tools.Tool.HELM3)
                : binary.equals("helm4")
                    ? Tools.fromEnvironment().require(Tools.Tool.HELM4)
                    : Path.of(binary);
        Path home = Files.createTempDirectory(work, "home-");
        System.out.println("probing " + target + " with " + path);
        results.add(
            new HelmProbe(new HelmCli(path, home), registry, namespace + "-" + results.size(), work)
                .run());
      }
    } finally {
      WorkTrees.delete(work);
    }
    ProbeTable table = new ProbeTable(results);
    System.out.print(table.markdown());
    table.writeJson(reports.resolve("probe.json"));
    boolean failed =
        results.stream().anyMatch(r -> r.features().values().stream().anyMatch(f -> f.failed()));
    return failed ? TckCli.FAILED : TckCli.PASSED;
  }
}
