package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.client.reference.Digest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of a step saw: for HTTP the status, headers and body; for a driver call its output,
 * error and digest. Expectations judge it and {@code as: name} captures it, so {@code
 * ${name.digest}} reads {@link #field}.
 */
public final class Observation {

  private final String request;
  private final Integer status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final String error;
  private final Map<String, String> fields;

  private Observation(Builder builder) {
    this.request = builder.request;
    this.status = builder.status;
    this.headers = Map.copyOf(builder.headers);
    this.body = builder.body;
    this.error = builder.error;
    this.fields = Map.copyOf(builder.fields);
  }

  public static Builder of(String request) {
    return new Builder(request);
  }

  /** The interpolated request, for messages: {@code GET http://…/v2/a/tags/list}. */
  public String request() {
    return request;
  }

  public Optional<Integer> status() {
    return Optional.ofNullable(status);
  }

  public List<String> headers(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  public Optional<byte[]> body() {
    return Optional.ofNullable(body).map(byte[]::clone);
  }

  /** The error Helm reported, if the operation failed. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /**
   * A named value: {@code status}, {@code body}, {@code sha256}, {@code size}, {@code error},
   * {@code header.<name>}, or a step-specific field such as {@code digest}, {@code output}, {@code
   * tags}.
   */
  public Optional<String> field(String name) {
    if (fields.containsKey(name)) {
      return Optional.of(fields.get(name));
    }
    switch (name) {
      case "status":
        return status().map(String::valueOf);
      case "body":
        return body().map(bytes -> new String(bytes, StandardCharsets.UTF_8));
      case "sha256":
        return body().map(Observation::sha256);
      case "size":
        return body().map(bytes -> String.valueOf(bytes.length));
      case "error":
        return error();
      default:
        if (name.startsWith("header.")) {
          return headers(name.substring("header.".length())).stream().findFirst();
        }
        return Optional.empty();
    }
  }

  /** {@code sha256:<hex>}, the client's {@link Digest} of the bytes. */
  public static String sha256(byte[] bytes) {
    return Digest.sha256(bytes).toString();
  }

  /** Builds an {@link Observation}. */
  public static final class Builder {

    private final String request;
    private Integer status;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private byte[] body;
    private String error;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private Builder(String request) {
      this.request = request;
    }

    public Builder status(int value) {
      this.status = value;
      return this;
    }

    public Builder header(String name, List<String> values) {
      headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
      return this;
    }

    public Builder body(byte[] value) {
      this.body = value.clone();
      return this;
    }

    public Builder error(String message) {
      this.error = message;
      return this;
    }

    public Builder field(String name, String value) {
      if (value != null) {
        fields.put(name, value);
      }
      return this;
    }

    public Observation build() {
      return new Observation(this);
    }
  }
}
