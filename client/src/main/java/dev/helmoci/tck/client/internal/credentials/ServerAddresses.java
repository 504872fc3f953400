package dev.helmoci.tck.client.internal.credentials;

/**
 * The Docker Hub key mapping Helm applies (oras-go {@code credentials.ServerAddressFrom*}): {@code
 * docker.io} and {@code registry-1.docker.io} are stored under {@code https://index.docker.io/v1/};
 * every other registry under its {@code host[:port]}.
 */
public final class ServerAddresses {
  public static final String DOCKER_HUB = "https://index.docker.io/v1/";

  private ServerAddresses() {}

  /** Key for a registry as the user typed it (login, logout). */
  public static String fromRegistry(String registry) {
    return registry.equals("docker.io") ? DOCKER_HUB : registry;
  }

  /** Key for the host a request went to. */
  public static String fromHostname(String hostPort) {
    return hostPort.equals("registry-1.docker.io") ? DOCKER_HUB : hostPort;
  }

  /**
   * The host part of a stored key: {@code http(s)://} prefix and any path removed, so legacy keys
   * like {@code https://host/} still match.
   */
  static String toHostname(String key) {
    String s = key;
    if (s.startsWith("http://")) {
      s = s.substring("http://".length());
    } else if (s.startsWith("https://")) {
      s = s.substring("https://".length());
    }
    int slash = s.indexOf('/');
    return slash < 0 ? s : s.substring(0, slash);
  }
}
