package dev.helmoci.tck.engine.target;

import java.net.URI;
import java.util.Optional;

/**
 * An already running registry given by {@code helm-oci-tck.target.url} (or {@code OCI_ROOT_URL}).
 */
public final class UrlTargetProvider implements TargetProvider {

  public static final String NAME = "url";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Target open(TargetSettings settings) {
    URI url =
        settings
            .url()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "target provider 'url' needs helm-oci-tck.target.url or OCI_ROOT_URL"));
    if (url.getHost() == null
        || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new IllegalArgumentException(
          "helm-oci-tck.target.url must be http(s)://host[:port], was " + url);
    }
    URI base =
        URI.create(
            url.getScheme()
                + "://"
                + url.getHost()
                + (url.getPort() < 0 ? "" : ":" + url.getPort()));
    TlsOptions tls =
        "http".equals(url.getScheme())
            ? new TlsOptions(
                settings.tls().caFile(),
                settings.tls().insecure(),
                true,
                settings.tls().clientCertificate())
            : settings.tls();
    return new FixedTarget(base, settings.credentials(), tls);
  }

  private record FixedTarget(URI baseUrl, Optional<Credentials> credentials, TlsOptions tls)
      implements Target {}
}
