package dev.helmoci.tck.client.internal.cli;

/**
 * The host argument of {@code registry login}: Helm 3 strips a scheme and a path, Helm 4 keeps them
 * (and fails).
 */
public final class LoginHost {
  private LoginHost() {}

  static String normalise(String host, String helmVersion) {
    if (helmVersion.replaceFirst("^v", "").startsWith("4")) {
      return host;
    }
    String stripped = host;
    for (String prefix : new String[] {"oci://", "http://", "https://"}) {
      if (stripped.startsWith(prefix)) {
        stripped = stripped.substring(prefix.length());
      }
    }
    int slash = stripped.indexOf('/');
    return slash < 0 ? stripped : stripped.substring(0, slash);
  }
}
