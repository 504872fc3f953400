package dev.helmoci.tck.client.internal.registry;

import static dev.helmoci.tck.client.internal.golang.Strconv.quote;

import dev.helmoci.tck.client.registry.RegistryException;
import java.util.Locale;
import java.util.Optional;
import okhttp3.Response;

/** oras-go's checks on response headers, with its error texts. */
public final class ResponseChecks {
  static final String DOCKER_CONTENT_DIGEST = "Docker-Content-Digest";

  private ResponseChecks() {}

  /** {@code <METHOD> "<url>"}, the prefix of most oras-go messages. */
  static String where(Response response) {
    return response.request().method() + " " + quote(response.request().url().toString());
  }

  /** Go's {@code resp.ContentLength}: the header value, or -1 when absent or unparsable. */
  static long contentLength(Response response) {
    String value = response.header("Content-Length");
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Go's {@code mime.ParseMediaType} media-type part, lower-cased; the error text on failure. */
  static ParsedMediaType parseMediaType(String header) {
    String value = header == null ? "" : header;
    int semi = value.indexOf(';');
    String type = (semi < 0 ? value : value.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    if (type.isEmpty()) {
      return new ParsedMediaType("", Optional.of("mime: no media type"));
    }
    int slash = type.indexOf('/');
    if (slash < 0) {
      return new ParsedMediaType("", Optional.of("mime: expected slash after first token"));
    }
    if (!isToken(type.substring(0, slash))) {
      return new ParsedMediaType("", Optional.of("mime: expected token after slash"));
    }
    if (!isToken(type.substring(slash + 1))) {
      String rest = type.substring(slash + 1);
      return new ParsedMediaType(
          "",
          Optional.of(
              rest.isEmpty() || !isTokenChar(rest.charAt(0))
                  ? "mime: expected token after slash"
                  : "mime: unexpected content after media subtype"));
    }
    return new ParsedMediaType(type, Optional.empty());
  }

  /** {@code verifyContentDigest}: a present {@code Docker-Content-Digest} must equal expected. */
  static void verifyContentDigest(Response response, String expected) throws RegistryException {
    String header = response.header(DOCKER_CONTENT_DIGEST);
    if (header == null || header.isEmpty()) {
      return;
    }
    if (Digests.problem(header).isPresent()) {
      throw new RegistryException(
          where(response)
              + ": invalid response header: `"
              + DOCKER_CONTENT_DIGEST
              + ": "
              + header
              + "`");
    }
    if (!header.equals(expected)) {
      throw digestMismatch(response, header, expected);
    }
  }

  static RegistryException digestMismatch(Response response, String received, String expected) {
    return new RegistryException(
        where(response)
            + ": invalid response; digest mismatch in "
            + DOCKER_CONTENT_DIGEST
            + ": received "
            + quote(received)
            + " when expecting "
            + quote(expected));
  }

  private static boolean isToken(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> isTokenChar((char) c));
  }

  private static boolean isTokenChar(char c) {
    return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?=".indexOf(c) < 0;
  }

  record ParsedMediaType(String mediaType, Optional<String> error) {}
}
