package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.engine.target.TlsOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How to reach a registry, as Helm's flags say it: the same five options on every command that
 * takes a registry ({@code run}, {@code probe}, {@code sweep}).
 */
final class TlsFlags {
  @Option(names = "--ca-file", description = "PEM CA bundle the registry's certificate chains to")
  Path caFile;

  @Option(names = "--cert-file", description = "client certificate (PEM) for mutual TLS")
  Path certFile;

  @Option(names = "--key-file", description = "client key (PEM) for mutual TLS")
  Path keyFile;

  @Option(names = "--insecure", description = "skip TLS verification")
  boolean insecure;

  @Option(names = "--plain-http", description = "talk plain HTTP to the registry")
  boolean plainHttp;

  /** The options for a registry at {@code url}; an {@code http://} URL is plain HTTP. */
  TlsOptions options(URI url) {
    Optional<TlsOptions.ClientCertificate> client =
        certFile != null && keyFile != null
            ? Optional.of(new TlsOptions.ClientCertificate(certFile, keyFile))
            : Optional.empty();
    return new TlsOptions(
        Optional.ofNullable(caFile), insecure, plainHttp || "http".equals(url.getScheme()), client);
  }
}
