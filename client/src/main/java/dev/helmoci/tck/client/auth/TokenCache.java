package dev.helmoci.tck.client.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per registry host: the scheme that last worked and its tokens, keyed by scope set (Basic uses the
 * empty key). A scheme change drops the host's tokens, as oras-go's {@code concurrentCache}. Shared
 * by all operations of one client so one token serves many requests.
 */
public final class TokenCache {
  private final Map<String, HostEntry> hosts = new ConcurrentHashMap<>();

  public Optional<AuthScheme> scheme(String host) {
    return Optional.ofNullable(hosts.get(host)).map(HostEntry::scheme);
  }

  public Optional<String> token(String host, AuthScheme scheme, String key) {
    HostEntry entry = hosts.get(host);
    if (entry == null || entry.scheme() != scheme) {
      return Optional.empty();
    }
    return Optional.ofNullable(entry.tokens().get(key));
  }

  public void put(String host, AuthScheme scheme, String key, String token) {
    hosts.compute(
        host,
        (h, old) -> {
          HostEntry entry =
              old != null && old.scheme() == scheme
                  ? old
                  : new HostEntry(scheme, new ConcurrentHashMap<>());
          entry.tokens().put(key, token);
          return entry;
        });
  }

  private record HostEntry(AuthScheme scheme, Map<String, String> tokens) {}
}
