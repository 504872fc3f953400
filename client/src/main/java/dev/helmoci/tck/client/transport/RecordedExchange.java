package dev.helmoci.tck.client.transport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its response as seen on the wire, with {@code Authorization}, {@code
 * Proxy-Authorization}, {@code Cookie} and {@code Set-Cookie} values replaced by {@link #REDACTED}.
 *
 * @param status HTTP status, or 0 when the attempt failed before a response
 * @param failure the transport failure's message when {@code status} is 0
 * @param requestBody the start of the request body, for the media types {@link BodySample#sampled}
 *     admits
 * @param responseBody the start of the response body, likewise
 */
public record RecordedExchange(
    String method,
    String url,
    Map<String, List<String>> requestHeaders,
    int status,
    Map<String, List<String>> responseHeaders,
    Duration duration,
    Optional<String> failure,
    Optional<BodySample> requestBody,
    Optional<BodySample> responseBody) {

  public static final String REDACTED = "REDACTED";

  /** An exchange without body samples. */
  public RecordedExchange(
      String method,
      String url,
      Map<String, List<String>> requestHeaders,
      int status,
      Map<String, List<String>> responseHeaders,
      Duration duration,
      Optional<String> failure) {
    this(
        method,
        url,
        requestHeaders,
        status,
        responseHeaders,
        duration,
        failure,
        Optional.empty(),
        Optional.empty());
  }

  public Optional<String> requestHeader(String name) {
    return first(requestHeaders, name);
  }

  public Optional<String> responseHeader(String name) {
    return first(responseHeaders, name);
  }

  private static Optional<String> first(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst();
  }

  @Override
  public String toString() {
    return method + " " + url + " -> " + (status == 0 ? failure.orElse("failed") : status);
  }
}
