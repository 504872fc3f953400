package dev.helmoci.tck.client.internal.auth;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * oras-go ≥ 2.6.1's bearer realm checks, made before any credential is sent to a realm: the scheme
 * must be https (http only when the registry itself was reached over http), and an IP-literal host
 * in a loopback, link-local, private or unspecified range is refused unless it is the registry's
 * own host name.
 */
public final class RealmValidator {
  private RealmValidator() {}

  /** The refusal reason, or empty when the realm may receive credentials. */
  static Optional<String> check(String realm, HttpUrl registryUrl) {
    if (realm.isEmpty()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(realm);
    } catch (URISyntaxException e) {
      return Optional.of("failed to parse bearer realm \"" + realm + "\": " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    switch (scheme) {
      case "https":
        break;
      case "http":
        if (registryUrl.isHttps()) {
          return Optional.of(
              "bearer realm \"" + realm + "\" uses http but registry was contacted over https");
        }
        break;
      default:
        return Optional.of(
            "bearer realm \"" + realm + "\" uses unsupported scheme \"" + scheme + "\"");
    }
    String host = hostname(uri);
    if (isRestrictedIpLiteral(host) && !host.equals(registryUrl.host())) {
      return Optional.of(
          "bearer realm host \""
              + host
              + "\" is a loopback, link-local, private, or unspecified address");
    }
    return Optional.empty();
  }

  private static String hostname(URI uri) {
    String host = uri.getHost() != null ? uri.getHost() : "";
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  static boolean isRestrictedIpLiteral(String host) {
    if (!isIpLiteral(host)) {
      return false;
    }
    InetAddress ip;
    try {
      ip = InetAddress.getByName(host); // a literal: no DNS lookup happens
    } catch (UnknownHostException e) {
      return false;
    }
    byte[] b = ip.getAddress();
    boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc; // fc00::/7, Go's IsPrivate
    boolean privateV4 = b.length == 4 && ip.isSiteLocalAddress();
    return ip.isLoopbackAddress()
        || ip.isLinkLocalAddress()
        || ip.isMCLinkLocal()
        || privateV4
        || uniqueLocalV6
        || ip.isAnyLocalAddress();
  }

  private static boolean isIpLiteral(String host) {
    return host.matches("\\d{1,3}(\\.\\d{1,3}){3}")
        || (host.contains(":") && host.matches("[0-9a-fA-F:.]+"));
  }
}
