package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.client.auth.AuthenticationException;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.registry.RegistryException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.yaml.snakeyaml.nodes.Node;

/** Sends the request of an {@code http} step and observes the whole response. */
final class HttpAction implements StepAction {

  private static final Pattern REPOSITORY =
      Pattern.compile("^/v2/(.+?)/(manifests|blobs|tags|referrers)/.*");

  private final String method;
  private final String path;
  private final Map<String, String> headers;
  private final Optional<Body> body;
  private final boolean auth;

  HttpAction(
      String method, String path, Map<String, String> headers, Optional<Body> body, boolean auth) {
    this.method = method;
    this.path = path;
    this.headers = Map.copyOf(headers);
    this.body = body;
    this.auth = auth;
  }

  @Override
  public String describe() {
    return method + " " + path;
  }

  @Override
  public Set<String> repositories() {
    Matcher matcher = REPOSITORY.matcher(path);
    return matcher.matches() ? Set.of(matcher.group(1)) : Set.of();
  }

  @Override
  public Observation run(StepContext context) throws Exception {
    RegistryClient registry = context.registry();
    HttpUrl url;
    try {
      url = registry.url(context.interpolate(path));
    } catch (RegistryException e) {
      // The address came from the registry (a captured Location): its fault, so a failed step, not
      // an error.
      return Observation.of(method + " " + context.interpolate(path)).error(e.getMessage()).build();
    }
    Request.Builder request = new Request.Builder().url(url);
    headers.forEach((name, value) -> request.header(name, context.interpolate(value)));
    request.method(
        method,
        body.isPresent()
            ? body.get().toRequestBody(context)
            : requiresBody() ? RequestBody.create(new byte[0]) : null);
    String line = method + " " + url;
    RegistryWrites.record(context.ledger(), context.caseId(), request.build());
    // The request and response are in the step's transcript, from the client's exchange records.
    try (Response response = registry.send(request.build(), auth)) {
      ResponseBody responseBody = response.body();
      byte[] bytes = responseBody == null ? new byte[0] : responseBody.bytes();
      Observation.Builder observed =
          Observation.of(line)
              .status(response.code())
              .body(bytes)
              .field("digest", response.header("Docker-Content-Digest"))
              .field("location", response.header("Location"));
      for (String name : response.headers().names()) {
        observed.header(name, response.headers(name));
      }
      return observed.build();
    } catch (AuthenticationException e) {
      // The registry's challenge could not be answered with the target's credentials: its answer,
      // not the kit's.
      return Observation.of(line).error(context.redact(e.getMessage())).build();
    }
  }

  private boolean requiresBody() {
    return method.equals("PUT") || method.equals("POST") || method.equals("PATCH");
  }

  /**
   * A request body from the suite: literal text, JSON written as YAML, base64 bytes, or a fixture
   * file.
   */
  record Body(String kind, String value, Node json, String contentType) {

    RequestBody toRequestBody(StepContext context) throws java.io.IOException {
      MediaType type = MediaType.get(context.interpolate(contentType));
      switch (kind) {
        case "json":
          return RequestBody.create(JsonValues.toJson(json, context::interpolate).toString(), type);
        case "base64":
          return RequestBody.create(Base64.getMimeDecoder().decode(value), type);
        case "fixture":
          // Streamed from disk: blobs may be large.
          return RequestBody.create(context.fixture(context.interpolate(value)).toFile(), type);
        default:
          return RequestBody.create(
              context.interpolate(value).getBytes(StandardCharsets.UTF_8), type);
      }
    }
  }
}
