package dev.helmoci.tck.client.internal.auth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The token scopes an operation needs, attached to an OkHttp request as a tag; oras-go carries the
 * same list in the request context. Always held cleaned ({@link Scopes#clean}).
 */
public record RequestScopes(List<String> scopes) {
  public static final RequestScopes NONE = new RequestScopes(List.of());

  public RequestScopes {
    scopes = Scopes.clean(scopes.stream().filter(s -> !s.isEmpty()).toList());
  }

  public static RequestScopes of(String... scopes) {
    return new RequestScopes(Arrays.asList(scopes));
  }

  /** These scopes plus more, cleaned again. */
  public RequestScopes plus(String... more) {
    List<String> all = new ArrayList<>(scopes);
    all.addAll(Arrays.asList(more));
    return new RequestScopes(all);
  }

  /** The token cache key: scopes joined by a space, as oras-go. */
  public String key() {
    return String.join(" ", scopes);
  }
}
