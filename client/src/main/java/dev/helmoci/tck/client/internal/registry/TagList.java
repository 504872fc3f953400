package dev.helmoci.tck.client.internal.registry;

import static dev.helmoci.tck.client.internal.golang.Strconv.quote;
import static dev.helmoci.tck.client.internal.registry.ResponseChecks.where;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.internal.auth.Scopes;
import dev.helmoci.tck.client.internal.transport.ErrorResponses;
import dev.helmoci.tck.client.internal.transport.Origin;
import dev.helmoci.tck.client.registry.RegistryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code GET /v2/<repo>/tags/list} and every {@code Link} page after it, as oras-go {@code
 * Repository.Tags}: no {@code n}/{@code last}, no Accept, at most 4 MiB per page, the first {@code
 * <…>} of {@code Link} followed whatever its {@code rel}, relative links resolved. With {@code
 * sameOriginLinks} (oras-go 2.6.2, Helm main) a link to another scheme or host is refused.
 */
public final class TagList {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_PAGE_BYTES = 4L * 1024 * 1024;

  private final EndpointCaller caller;
  private final boolean sameOriginLinks;

  public TagList(EndpointCaller caller, boolean sameOriginLinks) {
    this.caller = caller;
    this.sameOriginLinks = sameOriginLinks;
  }

  /** All tags in registry order, {@code _} kept as sent. */
  public List<String> list(String repository) throws IOException {
    return list(
        caller.tagListUrl(repository),
        "tags",
        url -> caller.send(new Request.Builder().get().url(url), repository, Scopes.PULL));
  }

  /**
   * {@code GET /v2/_catalog} and its pages: every repository name (for sweeping up after crashed
   * runs).
   */
  public List<String> catalog() throws IOException {
    return list(
        caller.catalogUrl(),
        "repositories",
        url -> caller.sendScoped(new Request.Builder().get().url(url), "registry:catalog:*"));
  }

  private List<String> list(HttpUrl first, String field, Sender sender) throws IOException {
    List<String> names = new ArrayList<>();
    Optional<HttpUrl> next = Optional.of(first);
    while (next.isPresent()) {
      next = page(sender.send(next.get()), field, names);
    }
    return names;
  }

  @FunctionalInterface
  private interface Sender {
    Response send(HttpUrl url) throws IOException;
  }

  private Optional<HttpUrl> page(Response response, String field, List<String> into)
      throws IOException {
    if (response.code() != 200) {
      throw ErrorResponses.from(response);
    }
    try (response) {
      byte[] body = response.body().byteStream().readNBytes((int) MAX_PAGE_BYTES);
      try {
        JsonNode root = JSON.readTree(body);
        if (root == null || root.isMissingNode()) {
          throw new RegistryException(where(response) + ": failed to decode response: EOF");
        }
        JsonNode tags = root.get(field);
        if (tags != null && tags.isArray()) {
          tags.forEach(t -> into.add(t.asText()));
        }
      } catch (JsonProcessingException e) {
        throw new RegistryException(
            where(response) + ": failed to decode response: " + e.getOriginalMessage(), e);
      }
      return nextLink(response);
    }
  }

  private Optional<HttpUrl> nextLink(Response response) throws RegistryException {
    String link = response.header("Link");
    if (link == null || link.isEmpty()) {
      return Optional.empty();
    }
    if (link.charAt(0) != '<') {
      throw new RegistryException("invalid next link " + quote(link) + ": missing '<'");
    }
    int end = link.indexOf('>');
    if (end < 0) {
      throw new RegistryException("invalid next link " + quote(link) + ": missing '>'");
    }
    String target = link.substring(1, end);
    HttpUrl requestUrl = response.request().url();
    HttpUrl resolved = requestUrl.resolve(target);
    if (resolved == null) {
      throw new RegistryException("invalid next link " + quote(target));
    }
    if (sameOriginLinks && !Origin.same(resolved, requestUrl)) {
      throw new RegistryException(
          "invalid next link "
              + quote(target)
              + ": not the same origin as "
              + quote(requestUrl.toString()));
    }
    return Optional.of(resolved);
  }
}
