package dev.helmoci.tck.client.internal.cli;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.LocatedChart;
import dev.helmoci.tck.client.chart.ArchiveLimits;
import dev.helmoci.tck.client.internal.action.ChartUntar;
import dev.helmoci.tck.client.internal.action.HelmException;
import dev.helmoci.tck.client.internal.provenance.ProvenanceVerifier;
import dev.helmoci.tck.client.internal.provenance.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code helm-oci pull oci://host/repo/chart [--version] [--devel] [--prov] [--verify] [--untar]
 * [-d]}.
 */
@Command(name = "pull", description = "download a chart from a registry and (optionally) unpack it")
public final class PullCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Parameters(index = "0", paramLabel = "CHART")
  String chart;

  @Option(
      names = "--version",
      description = "specify a version constraint for the chart version to use")
  String version = "";

  @Option(
      names = "--devel",
      description = "use development versions, too. Equivalent to version '>0.0.0-0'")
  boolean devel;

  @Option(
      names = "--prov",
      description = "fetch the provenance file, but don't perform verification")
  boolean prov;

  @Option(names = "--verify", description = "verify the package before using it")
  boolean verify;

  @Option(names = "--keyring", description = "location of public keys used for verification")
  Path keyring = Path.of(System.getProperty("user.home"), ".gnupg", "pubring.gpg");

  @Option(
      names = "--untar",
      description = "if set to true, will untar the chart after downloading it")
  boolean untar;

  @Option(
      names = "--untardir",
      description = "if untar is specified, this flag specifies the name of the directory")
  Path untarDir = Path.of(".");

  @Option(
      names = {"-d", "--destination"},
      description = "location to write the chart")
  Path destination = Path.of(".");

  @Mixin ClientOptions options;

  @Mixin BasicAuthOptions auth;

  @Override
  public Integer call() throws IOException {
    HelmOciClient client = options.client(auth);
    String wanted = devel && version.isEmpty() ? ">0.0.0-0" : version;
    LocatedChart located = client.locate(chart, wanted);
    // Streamed to disk: a layer of any size pulls in flat memory. With --untar Helm downloads into
    // a temporary
    // directory it removes: only the chart directory is left.
    Path scratch = untar ? Files.createTempDirectory("helm-oci-pull") : null;
    Path archive =
        (untar ? scratch : Files.createDirectories(destination)).resolve(located.archiveFileName());
    try {
      client.pullTo(located, archive);
      return finish(client, located, archive);
    } finally {
      if (scratch != null) {
        Files.deleteIfExists(archive);
        Files.deleteIfExists(scratch);
      }
    }
  }

  private int finish(HelmOciClient client, LocatedChart located, Path archive) throws IOException {

    Optional<byte[]> provenance = Optional.empty();
    if (prov || verify) {
      try {
        provenance = client.pull(located, false, true).provenance();
        if (!untar) {
          Files.write(
              archive.resolveSibling(archive.getFileName() + ".prov"), provenance.orElseThrow());
        }
      } catch (IOException | RuntimeException e) {
        if (verify) {
          throw new HelmException(
              "failed to fetch provenance \"oci://"
                  + located.registry()
                  + "/"
                  + located.path()
                  + ".prov\"",
              e);
        }
        System.err.println(
            "WARNING: Verification not found for " + chart + ": " + CliErrors.message(e));
      }
    }
    if (verify && provenance.isPresent()) {
      try (InputStream keys = Files.newInputStream(keyring)) {
        Verification v =
            ProvenanceVerifier.fromKeyring(keys)
                .verify(
                    Files.readAllBytes(archive),
                    archive.getFileName().toString(),
                    provenance.get());
        System.out.println("Signed by: " + v.signedBy());
        System.out.println("Using Key With Fingerprint: " + v.fingerprint());
        System.out.println("Chart Hash Verified: " + v.fileHash());
      }
    }
    if (untar) {
      // Streamed from the pulled file: a chart near Helm's 100 MiB limit untars in a small heap.
      ChartUntar.extract(
          archive,
          untarDir.isAbsolute() ? untarDir : destination.resolve(untarDir),
          chart,
          ArchiveLimits.defaults(client.helm().line()));
    }
    return 0;
  }
}
