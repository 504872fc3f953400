package dev.helmoci.tck.client.internal.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Go's {@code http.ProxyFromEnvironment}, which Helm's transports use: {@code HTTPS_PROXY} for
 * https and {@code HTTP_PROXY} for http requests (upper case first), {@code NO_PROXY} exclusions
 * ({@code *}, domains with subdomains, {@code .domain} for subdomains only, IPs, CIDRs, optional
 * {@code :port}); {@code localhost} and loopback addresses are never proxied.
 */
public final class EnvironmentProxySelector extends ProxySelector {
  private final Map<String, String> env;

  public EnvironmentProxySelector(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public List<Proxy> select(URI uri) {
    return proxyFor(uri)
        .map(p -> List.of(new Proxy(Proxy.Type.HTTP, p)))
        .orElse(List.of(Proxy.NO_PROXY));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {}

  /** The proxy URI for a request URL, when one applies. */
  Optional<URI> proxyUri(URI uri) {
    String value = variable(uri.getScheme().equals("https") ? "HTTPS_PROXY" : "HTTP_PROXY");
    if (value.isEmpty() || !useProxy(uri.getHost().toLowerCase(Locale.ROOT), uri.getPort())) {
      return Optional.empty();
    }
    return Optional.of(URI.create(value.contains("://") ? value : "http://" + value));
  }

  private Optional<InetSocketAddress> proxyFor(URI uri) {
    return proxyUri(uri)
        .map(
            p ->
                InetSocketAddress.createUnresolved(
                    p.getHost(),
                    p.getPort() != -1 ? p.getPort() : ("https".equals(p.getScheme()) ? 443 : 80)));
  }

  private boolean useProxy(String host, int port) {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (bare.equals("localhost") || isLoopbackLiteral(bare)) {
      return false;
    }
    for (String raw : variable("NO_PROXY").split(",")) {
      String entry = raw.trim().toLowerCase(Locale.ROOT);
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.equals("*")) {
        return false;
      }
      if (matches(entry, bare, port)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(String entry, String host, int port) {
    if (entry.contains("/")) {
      return inCidr(entry, host);
    }
    String entryHost = entry;
    String entryPort = "";
    int colon = entry.lastIndexOf(':');
    if (colon > 0 && entry.indexOf(':') == colon) {
      entryHost = entry.substring(0, colon);
      entryPort = entry.substring(colon + 1);
    }
    if (!entryPort.isEmpty() && !entryPort.equals(String.valueOf(port))) {
      return false;
    }
    if (entryHost.startsWith("*.")) {
      entryHost = entryHost.substring(1);
    }
    if (entryHost.startsWith(".")) {
      return host.endsWith(entryHost);
    }
    return host.equals(entryHost) || host.endsWith("." + entryHost);
  }

  private static boolean inCidr(String cidr, String host) {
    if (!isIpLiteral(host)) {
      return false;
    }
    try {
      String[] parts = cidr.split("/");
      byte[] net = InetAddress.getByName(parts[0]).getAddress();
      byte[] ip = InetAddress.getByName(host).getAddress();
      int bits = Integer.parseInt(parts[1]);
      if (net.length != ip.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >> (i % 8);
        if ((net[i / 8] & mask) != (ip[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isLoopbackLiteral(String host) {
    try {
      return isIpLiteral(host) && InetAddress.getByName(host).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isIpLiteral(String host) {
    return host.matches("\\d{1,3}(\\.\\d{1,3}){3}")
        || (host.contains(":") && host.matches("[0-9a-f:.]+"));
  }

  private String variable(String upper) {
    String value = env.get(upper);
    if (value == null || value.isEmpty()) {
      value = env.get(upper.toLowerCase(Locale.ROOT));
    }
    return value == null ? "" : value.trim();
  }

  /** Userinfo of the proxy URL, as Go sends it in {@code Proxy-Authorization}. */
  static List<String> userInfo(URI proxy) {
    List<String> out = new ArrayList<>();
    if (proxy.getRawUserInfo() != null) {
      String info = proxy.getUserInfo();
      int colon = info.indexOf(':');
      out.add(colon < 0 ? info : info.substring(0, colon));
      out.add(colon < 0 ? "" : info.substring(colon + 1));
    }
    return out;
  }
}
