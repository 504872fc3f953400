package dev.helmoci.tck.client.transport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * Go's {@code url.Values}: parse a query, set or add values, and encode with keys sorted, as
 * oras-go re-encodes token and upload URLs (so {@code _state} comes before {@code digest}).
 */
public final class GoQuery {
  private final TreeMap<String, List<String>> values = new TreeMap<>();

  private GoQuery() {}

  public static GoQuery of(HttpUrl url) {
    GoQuery query = new GoQuery();
    String raw = url.encodedQuery();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.add(key, value);
    }
    return query;
  }

  public GoQuery set(String key, String value) {
    List<String> list = new ArrayList<>();
    list.add(value);
    values.put(key, list);
    return this;
  }

  public GoQuery add(String key, String value) {
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
        out.append(GoStrings.queryEscape(e.getKey())).append('=').append(GoStrings.queryEscape(v));
      }
    }
    return out.toString();
  }

  /** The URL with its query replaced by this one (no query when empty). */
  public HttpUrl applyTo(HttpUrl url) {
    String encoded = encode();
    return url.newBuilder().encodedQuery(encoded.isEmpty() ? null : encoded).build();
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
