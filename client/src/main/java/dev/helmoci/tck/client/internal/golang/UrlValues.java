package dev.helmoci.tck.client.internal.golang;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * Go's {@code url.Values}: parse a query, set or add values, and encode with keys sorted, as
 * oras-go re-encodes token and upload URLs (so {@code _state} comes before {@code digest}); and
 * {@code url.QueryEscape}, which the encoding uses (Go {@code src/net/url/url.go}). Checked by
 * {@code GoVectorsIT}.
 */
public final class UrlValues {
  private final TreeMap<String, List<String>> values = new TreeMap<>();

  private UrlValues() {}

  public static UrlValues of(HttpUrl url) {
    UrlValues query = new UrlValues();
    String raw = url.encodedQuery();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    // url.ParseQuery drops a pair with a ';' (Go 1.17+) or a malformed escape, and keeps the rest.
    for (String pair : raw.split("&")) {
      if (pair.isEmpty() || pair.contains(";")) {
        continue;
      }
      int eq = pair.indexOf('=');
      Optional<String> key = unescape(eq < 0 ? pair : pair.substring(0, eq));
      Optional<String> value = eq < 0 ? Optional.of("") : unescape(pair.substring(eq + 1));
      if (key.isPresent() && value.isPresent()) {
        query.add(key.get(), value.get());
      }
    }
    return query;
  }

  public UrlValues set(String key, String value) {
    List<String> list = new ArrayList<>();
    list.add(value);
    values.put(key, list);
    return this;
  }

  public UrlValues add(String key, String value) {
    values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    return this;
  }

  public String encode() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      for (String v : e.getValue()) {
        if (out.length() > 0) {
          out.append('&');
        }
        out.append(queryEscape(e.getKey())).append('=').append(queryEscape(v));
      }
    }
    return out.toString();
  }

  /** The URL with its query replaced by this one (no query when empty). */
  public HttpUrl applyTo(HttpUrl url) {
    String encoded = encode();
    return url.newBuilder().encodedQuery(encoded.isEmpty() ? null : encoded).build();
  }

  /** Go's {@code url.QueryEscape}: unreserved bytes kept, space as {@code +}, rest %XX. */
  public static String queryEscape(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        out.append((char) c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** Go's {@code url.QueryUnescape}: {@code +} is a space; empty when an escape is malformed. */
  private static Optional<String> unescape(String s) {
    try {
      return Optional.of(URLDecoder.decode(s, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
