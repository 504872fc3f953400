package dev.helmoci.tck.client.internal.transport;

import okhttp3.HttpUrl;

/**
 * The kit's one rule for "may this URL receive what was meant for the registry": the same scheme,
 * host and port (RFC 6454 origin), as oras-go compares a 401's request with the original one and a
 * tag list's {@code Link} with its page (oras-go 2.6.2 {@code registry/remote/url.go}). An upload
 * {@code Location} is held to the same host and port only, with a downgrade from https refused
 * separately, as oras-go 2.6.1 does ({@code registry/remote/repository.go}, GHSA-jxpm-75mh-9fp7).
 */
public final class Origin {
  private Origin() {}

  /** Same scheme, host and port. */
  public static boolean same(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && sameAuthority(a, b);
  }

  /** Same host and port, whatever the scheme. */
  public static boolean sameAuthority(HttpUrl a, HttpUrl b) {
    return a.host().equals(b.host()) && a.port() == b.port();
  }
}
