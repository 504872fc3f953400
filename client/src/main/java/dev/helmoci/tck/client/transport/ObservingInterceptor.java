package dev.helmoci.tck.client.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Network interceptor reporting each exchange to the {@link ExchangeObserver}. Redaction
 * happens here, before anything leaves the transport.
 */
final class ObservingInterceptor implements Interceptor {
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private final ExchangeObserver observer;

  ObservingInterceptor(ExchangeObserver observer) {
    this.observer = observer;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      observer.onExchange(new RecordedExchange(request.method(), request.url().toString(),
          redacted(request.headers()), response.code(), redacted(response.headers()),
          Duration.ofNanos(System.nanoTime() - start), Optional.empty()));
      return response;
    } catch (IOException e) {
      observer.onExchange(new RecordedExchange(request.method(), request.url().toString(),
          redacted(request.headers()), 0, Map.of(), Duration.ofNanos(System.nanoTime() - start),
          Optional.of(String.valueOf(e.getMessage()))));
      throw e;
    }
  }

  static Map<String, List<String>> redacted(Headers headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String name : headers.names()) {
      List<String> values = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))
          ? headers.values(name).stream().map(ObservingInterceptor::redact).toList()
          : headers.values(name);
      out.put(name, List.copyOf(values));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Keeps an auth scheme word ({@code Basic}, {@code Bearer}) as evidence; drops the secret. */
  private static String redact(String value) {
    int space = value.indexOf(' ');
    boolean schemeLike = space > 0 && value.substring(0, space).chars().allMatch(Character::isLetter);
    return schemeLike ? value.substring(0, space) + " " + RecordedExchange.REDACTED : RecordedExchange.REDACTED;
  }
}
