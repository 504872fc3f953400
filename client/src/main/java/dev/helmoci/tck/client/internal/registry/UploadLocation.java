package dev.helmoci.tck.client.internal.registry;

import static dev.helmoci.tck.client.internal.golang.Strconv.quote;

import dev.helmoci.tck.client.internal.transport.Origin;
import dev.helmoci.tck.client.registry.RegistryException;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * The upload session URL from a 202 {@code Location}: relative values resolved against the request,
 * a dropped {@code :443} restored, and (oras-go ≥ 2.6.1, GHSA-jxpm-75mh-9fp7) any other host or
 * port, or an https→http downgrade, refused so credentials never leave the registry.
 */
public final class UploadLocation {
  private UploadLocation() {}

  static HttpUrl resolve(Response response) throws RegistryException {
    HttpUrl request = response.request().url();
    String header = response.header("Location");
    if (header == null || header.isEmpty()) {
      throw new RegistryException("http: no Location header in response");
    }
    HttpUrl location = request.resolve(header);
    if (location == null) {
      throw new RegistryException("invalid upload Location " + quote(header));
    }
    boolean explicitPort = hasExplicitPort(header);
    if (request.port() == 443 && location.host().equals(request.host()) && !explicitPort) {
      location = location.newBuilder().port(443).build(); // oras-go issue 177 work-around
      explicitPort = true;
    }
    String locationHost =
        hostPort(
            location,
            explicitPort
                || isRelative(header) && request.port() != HttpUrl.defaultPort(request.scheme()));
    String requestHost = hostPort(request, request.port() != HttpUrl.defaultPort(request.scheme()));
    if (!Origin.sameAuthority(location, request)) {
      throw new RegistryException(
          "blob upload Location "
              + quote(locationHost)
              + " is on a different host than the registry "
              + quote(requestHost));
    }
    if (request.isHttps() && !location.isHttps()) {
      throw new RegistryException(
          "blob upload Location " + quote(locationHost) + " downgrades scheme from https");
    }
    return location;
  }

  /** Go's {@code URL.Host}: the port appears only when it was written. */
  private static String hostPort(HttpUrl url, boolean showPort) {
    String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
    return showPort ? host + ":" + url.port() : host;
  }

  private static boolean hasExplicitPort(String raw) {
    return raw.matches("(?s)^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*:\\d+([/?#].*)?$");
  }

  private static boolean isRelative(String raw) {
    return !raw.matches("(?s)^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !raw.startsWith("//");
  }
}
