package dev.helmoci.tck.engine;

import java.io.IOException;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A scripted registry for engine tests of {@code http} steps: {@code /v2/} answers, tag lists
 * answer {@code ["0.1.0"]}, {@code /v2/echo} answers 500 echoing header {@code X-Echo}, {@code
 * /v2/slow} answers after 3s, {@code /v2/flaky} answers 503 twice then 200, everything else is 404.
 */
final class RegistryStub implements AutoCloseable {

  private final MockWebServer server = new MockWebServer();

  RegistryStub() throws IOException {
    this(new ScriptedRegistry());
  }

  RegistryStub(Dispatcher dispatcher) throws IOException {
    server.setDispatcher(dispatcher);
    server.start();
  }

  String url() {
    return "http://" + server.getHostName() + ":" + server.getPort();
  }

  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }

  /** The default script. */
  static class ScriptedRegistry extends Dispatcher {

    private final java.util.concurrent.atomic.AtomicInteger flaky =
        new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      String path = request.getPath() == null ? "" : request.getPath();
      if (path.equals("/v2/")) {
        return new MockResponse()
            .setHeader("Docker-Distribution-API-Version", "registry/2.0")
            .setBody("{}");
      }
      if (path.endsWith("/tags/list")) {
        return new MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody("{\"name\":\"demo\",\"tags\":[\"0.1.0\"]}");
      }
      if (path.equals("/v2/slow")) {
        return new MockResponse().setHeadersDelay(3, java.util.concurrent.TimeUnit.SECONDS);
      }
      if (path.equals("/v2/flaky")) {
        return new MockResponse().setResponseCode(flaky.incrementAndGet() < 3 ? 503 : 200);
      }
      if (path.equals("/v2/echo")) {
        return new MockResponse()
            .setResponseCode(500)
            .setBody("echo: " + request.getHeader("X-Echo"));
      }
      return new MockResponse()
          .setResponseCode(404)
          .setBody(
              "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"repository name not known\"}]}");
    }
  }
}
