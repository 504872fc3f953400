package dev.helmoci.tck.client.internal.transport;

import dev.helmoci.tck.client.transport.BodySample;
import dev.helmoci.tck.client.transport.ExchangeObserver;
import dev.helmoci.tck.client.transport.RecordedExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Network interceptor reporting each exchange to the {@link ExchangeObserver}. Redaction happens
 * here, before anything leaves the transport.
 */
public final class ObservingInterceptor implements Interceptor {
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  /** OCI manifests are limited to 4 MiB by most registries; Helm's are a few hundred bytes. */
  private static final long MAX_SAMPLED = 4L * 1024 * 1024;

  private final ExchangeObserver observer;

  public ObservingInterceptor(ExchangeObserver observer) {
    this.observer = observer;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      observer.onExchange(
          new RecordedExchange(
              request.method(),
              request.url().toString(),
              redacted(request.headers()),
              response.code(),
              redacted(response.headers()),
              Duration.ofNanos(System.nanoTime() - start),
              Optional.empty(),
              requestSample(request),
              responseSample(response)));
      return response;
    } catch (IOException e) {
      observer.onExchange(
          new RecordedExchange(
              request.method(),
              request.url().toString(),
              redacted(request.headers()),
              0,
              Map.of(),
              Duration.ofNanos(System.nanoTime() - start),
              Optional.of(String.valueOf(e.getMessage()))));
      throw e;
    }
  }

  static Map<String, List<String>> redacted(Headers headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String name : headers.names()) {
      List<String> values =
          SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))
              ? headers.values(name).stream().map(ObservingInterceptor::redact).toList()
              : headers.values(name);
      out.put(name, List.copyOf(values));
    }
    return Collections.unmodifiableMap(out);
  }

  /** A sampled request body small enough to copy (manifests are; blobs are never sampled). */
  private static Optional<BodySample> requestSample(Request request) throws IOException {
    RequestBody body = request.body();
    if (body == null
        || !BodySample.sampled(body.contentType())
        || body.isOneShot()
        || body.contentLength() < 0
        || body.contentLength() > MAX_SAMPLED) {
      return Optional.empty();
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    byte[] bytes = buffer.readByteArray();
    return sample(body.contentType(), bytes, bytes.length, true);
  }

  /** Peeks at a sampled response body without consuming it: the caller still reads it all. */
  private static Optional<BodySample> responseSample(Response response) throws IOException {
    ResponseBody body = response.body();
    // A HEAD has no body; an encoded body would be sampled as its compressed bytes.
    if (body == null
        || !BodySample.sampled(body.contentType())
        || response.request().method().equals("HEAD")
        || response.header("Content-Encoding") != null) {
      return Optional.empty();
    }
    byte[] bytes = response.peekBody(MAX_SAMPLED).bytes();
    long size = body.contentLength();
    return sample(body.contentType(), bytes, size, size == bytes.length);
  }

  /** Keeps an auth scheme word ({@code Basic}, {@code Bearer}) as evidence; drops the secret. */
  private static String redact(String value) {
    int space = value.indexOf(' ');
    boolean schemeLike =
        space > 0 && value.substring(0, space).chars().allMatch(Character::isLetter);
    return schemeLike
        ? value.substring(0, space) + " " + RecordedExchange.REDACTED
        : RecordedExchange.REDACTED;
  }

  /** {@code bytes} is the body's start; {@code whole} says whether it is all of it. */
  private static Optional<BodySample> sample(
      MediaType type, byte[] bytes, long size, boolean whole) {
    String text =
        new String(bytes, 0, Math.min(bytes.length, BodySample.PREVIEW), StandardCharsets.UTF_8);
    return Optional.of(new BodySample(type.toString(), size, whole ? sha256(bytes) : "", text));
  }

  private static String sha256(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
