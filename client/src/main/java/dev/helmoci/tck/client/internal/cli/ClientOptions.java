package dev.helmoci.tck.client.internal.cli;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.HelmEmulation;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The transport flags every registry command shares, as helm spells them. */
public final class ClientOptions {
  @Option(
      names = "--plain-http",
      description = "use insecure HTTP connections for the chart upload/download")
  boolean plainHttp;

  @Option(
      names = "--insecure-skip-tls-verify",
      description = "skip tls certificate checks for the chart upload/download")
  boolean insecure;

  @Option(
      names = "--ca-file",
      description = "verify certificates of HTTPS-enabled servers using this CA bundle")
  Path caFile;

  @Option(
      names = "--cert-file",
      description = "identify registry client using this SSL certificate file")
  Path certFile;

  @Option(names = "--key-file", description = "identify registry client using this SSL key file")
  Path keyFile;

  @Option(
      names = "--helm-version",
      description = "the Helm version to behave like (default: ${DEFAULT-VALUE})",
      defaultValue = "3.22.0")
  String helmVersion;

  TransportOptions transport() {
    TransportOptions.Builder b =
        TransportOptions.builder().plainHttp(plainHttp).insecureSkipTlsVerify(insecure);
    if (caFile != null) {
      b.caFile(caFile);
    }
    if (certFile != null && keyFile != null) {
      b.clientCertificate(certFile, keyFile);
    }
    return b.build();
  }

  HelmOciClient client() {
    return client(null, System.out, System.err);
  }

  HelmOciClient client(BasicAuthOptions auth) {
    return client(auth, System.out, System.err);
  }

  /**
   * A client whose Helm messages go to {@code out}/{@code err} (show keeps stdout for the chart
   * itself).
   */
  HelmOciClient client(BasicAuthOptions auth, PrintStream out, PrintStream err) {
    HelmOciClient.Builder b =
        HelmOciClient.builder()
            .helm(HelmEmulation.parse(helmVersion))
            .transport(transport())
            .output(out, err);
    // Like helm's ClientOptBasicAuth: both must be given, then they override the store for every
    // host.
    if (auth != null && auth.complete()) {
      b.basicAuth(auth.username, auth.password);
    }
    return b.build();
  }
}
