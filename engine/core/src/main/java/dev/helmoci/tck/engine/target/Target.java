package dev.helmoci.tck.engine.target;

import java.net.URI;
import java.util.Optional;
import org.apiguardian.api.API;

/** The registry under test, open for the whole run and closed once at its end. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Target extends AutoCloseable {

  /** Scheme, host and port, such as {@code http://localhost:5000}; no path. */
  URI baseUrl();

  /**
   * {@code host[:port]}, the form Helm uses in {@code oci://} references and {@code registry
   * login}.
   */
  default String registry() {
    URI url = baseUrl();
    return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
  }

  Optional<Credentials> credentials();

  /**
   * The registry under test as a person reads it, e.g. {@code zot v2.1.20 (minimal, container …)}.
   */
  default String description() {
    return baseUrl().toString();
  }

  TlsOptions tls();

  @Override
  default void close() throws Exception {}
}
