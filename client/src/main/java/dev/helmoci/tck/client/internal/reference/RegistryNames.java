package dev.helmoci.tck.client.internal.reference;

/**
 * oras-go's registry check: {@code url.ParseRequestURI("dummy://" + registry)} must succeed and
 * give back the same host. This mirrors the parts of Go's {@code net/url} host parsing that can
 * fail or change the host.
 */
public final class RegistryNames {
  private RegistryNames() {}

  public static boolean isValid(String registry) {
    if (registry.isEmpty()) {
      return false; // current Go rejects "dummy://" as a request URI
    }
    for (int i = 0; i < registry.length(); i++) {
      char c = registry.charAt(i);
      // '?', '#' and '@' move part of the text out of the host; '%' is unescaped, so the host
      // changes.
      if (c < 0x20 || c == 0x7f || c == '?' || c == '#' || c == '@' || c == '%') {
        return false;
      }
    }
    String rest = registry;
    if (registry.startsWith("[")) {
      int close = registry.indexOf(']');
      if (close < 0) {
        return false;
      }
      rest = registry.substring(close + 1);
      if (!rest.isEmpty() && !validOptionalPort(rest)) {
        return false;
      }
    } else {
      int colon = registry.lastIndexOf(':');
      if (colon >= 0 && !validOptionalPort(registry.substring(colon))) {
        return false;
      }
    }
    return registry.chars().allMatch(RegistryNames::allowedInHost);
  }

  private static boolean validOptionalPort(String colonPort) {
    if (colonPort.isEmpty()) {
      return true;
    }
    if (colonPort.charAt(0) != ':') {
      return false;
    }
    return colonPort.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  // Go's shouldEscape(c, encodeHost) == false, plus any non-ASCII byte.
  private static boolean allowedInHost(int c) {
    if (c >= 0x80 || Character.isLetterOrDigit(c) && c < 0x80) {
      return true;
    }
    return "-_.~!$&'()*+,;=:[]<>\"".indexOf(c) >= 0;
  }
}
