package dev.helmoci.tck.engine.driver.helm;

import dev.helmoci.tck.engine.target.TlsOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The helm flags that reach the target: {@code --plain-http}, {@code --ca-file}, {@code
 * --cert-file} and {@code --key-file}, skip-verify.
 */
public record TransportFlags(TlsOptions tls) {

  /** Flags of push, pull, show and dependency commands. */
  public List<String> common() {
    List<String> flags = new ArrayList<>();
    if (tls.plainHttp()) {
      flags.add("--plain-http");
    }
    tls.caFile().ifPresent(ca -> flags.addAll(List.of("--ca-file", ca.toString())));
    tls.clientCertificate()
        .ifPresent(
            client ->
                flags.addAll(
                    List.of(
                        "--cert-file",
                        client.certFile().toString(),
                        "--key-file",
                        client.keyFile().toString())));
    if (tls.insecure()) {
      flags.add("--insecure-skip-tls-verify");
    }
    return flags;
  }

  /** {@code registry login} spells skip-verify {@code --insecure}. */
  public List<String> login() {
    List<String> flags = common();
    flags.replaceAll(f -> f.equals("--insecure-skip-tls-verify") ? "--insecure" : f);
    return flags;
  }
}
