package dev.helmoci.tck.engine.target;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to reach the registry: {@code plainHttp} speaks HTTP (Helm's {@code --plain-http}), {@code
 * insecure} skips certificate checks ({@code --insecure-skip-tls-verify}), {@code caFile} adds a
 * trusted CA ({@code --ca-file}), {@code clientCertificate} is presented to a registry that wants
 * mutual TLS ({@code --cert-file}/{@code --key-file}).
 */
public record TlsOptions(
    Optional<Path> caFile,
    boolean insecure,
    boolean plainHttp,
    Optional<ClientCertificate> clientCertificate) {

  public static final TlsOptions DEFAULT = new TlsOptions(Optional.empty(), false, false);

  /** Without a client certificate. */
  public TlsOptions(Optional<Path> caFile, boolean insecure, boolean plainHttp) {
    this(caFile, insecure, plainHttp, Optional.empty());
  }

  /** A PEM certificate and its PEM private key; Helm uses them only as a pair. */
  public record ClientCertificate(Path certFile, Path keyFile) {}
}
