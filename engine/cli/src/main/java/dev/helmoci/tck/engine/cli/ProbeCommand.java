package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.engine.probe.HelmProbe;
import dev.helmoci.tck.engine.probe.ProbeResult;
import dev.helmoci.tck.engine.probe.ProbeTable;
import dev.helmoci.tck.engine.run.WorkTrees;
import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.engine.target.TargetSettings;
import dev.helmoci.tck.engine.target.TlsOptions;
import dev.helmoci.tck.engine.target.UrlTargetProvider;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.tools.Tools;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--target",
      required = true,
      paramLabel = "URL",
      description = "registry URL, e.g. http://localhost:5000")
  URI target;

  @Option(
      names = "--helm",
      paramLabel = "BINARY",
      split = ",",
      description =
          "helm binaries, or helm3 / helm4 for the provisioned ones (default: helm3,helm4)")
  List<String> helm = new ArrayList<>(List.of("helm3", "helm4"));

  @Option(
      names = "--username",
      description = "registry username (env OCI_USERNAME); the password is read from OCI_PASSWORD")
  String username;

  @Option(
      names = "--namespace",
      defaultValue = "tck-probe",
      description = "repository prefix (default: ${DEFAULT-VALUE})")
  String namespace;

  @Option(names = "--plain-http", description = "talk plain HTTP to the registry")
  boolean plainHttp;

  @Option(names = "--insecure", description = "skip TLS verification")
  boolean insecure;

  @Option(names = "--ca-file", description = "PEM CA bundle the registry's certificate chains to")
  Path caFile;

  @Option(
      names = "--reports",
      defaultValue = "target/helm-oci-tck-report",
      description = "where probe.json goes (default: ${DEFAULT-VALUE})")
  Path reports;

  @Override
  public Integer call() throws Exception {
    String user = username != null ? username : System.getenv("OCI_USERNAME");
    Optional<Credentials> credentials =
        Optional.ofNullable(user)
            .filter(u -> !u.isBlank())
            .map(
                u ->
                    new Credentials(
                        u, Optional.ofNullable(System.getenv("OCI_PASSWORD")).orElse("")));
    TlsOptions tls =
        new TlsOptions(
            Optional.ofNullable(caFile), insecure, plainHttp || "http".equals(target.getScheme()));
    Target registry =
        new UrlTargetProvider()
            .open(
                new TargetSettings(Optional.of(target), credentials, tls, key -> Optional.empty()));
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
