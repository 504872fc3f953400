package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.yaml.Problems;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code type: http}: one raw request to the target registry, for what Helm's client cannot express
 * (probing {@code /v2/}, fetching a manifest by digest, checking a header). Keys: {@code method}
 * (default GET), {@code path} (from the registry root, {@code /v2/…}), {@code headers}, {@code
 * body} (one of {@code text}, {@code json}, {@code base64}, {@code fixture}, with optional {@code
 * contentType}), {@code auth} ({@code basic}, the default: through the client's auth as Helm sends,
 * anonymously first, then answering the registry's challenge with the target's credentials or a
 * token fetched with them; or {@code none}: as written).
 */
final class HttpStep implements StepType {

  private static final List<String> METHODS =
      List.of("GET", "HEAD", "PUT", "POST", "PATCH", "DELETE");
  private static final List<String> BODY_KINDS = List.of("text", "json", "base64", "fixture");

  @Override
  public String name() {
    return "http";
  }

  @Override
  public Set<String> keys() {
    return Set.of("method", "path", "headers", "body", "auth");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    Problems problems = step.problems();
    String method = step.string("method").orElse("GET");
    if (!METHODS.contains(method)) {
      problems.add(
          step.value("method").orElse(step.node()),
          "unknown HTTP method '" + method + "' (known: " + String.join(", ", METHODS) + ")");
    }
    Optional<String> path = step.requiredString("path");
    // A whole-value capture such as ${session.location} may hold an absolute URL on the target's
    // origin.
    path.filter(p -> !p.startsWith("/") && !p.matches("\\$\\{[^}]+}"))
        .ifPresent(
            p ->
                problems.add(
                    step.value("path").orElse(step.node()),
                    "'path' must start with '/' (it is appended to the target "
                        + "URL) or be one captured value such as ${session.location}, found '"
                        + p
                        + "'"));
    String auth = step.string("auth").orElse("basic");
    if (!auth.equals("basic") && !auth.equals("none")) {
      problems.add(
          step.value("auth").orElse(step.node()),
          "'auth' must be basic or none, found '" + auth + "'");
    }
    Optional<HttpAction.Body> body = step.mapping("body").flatMap(HttpStep::body);
    return path.map(
        p -> new HttpAction(method, p, step.stringMap("headers"), body, auth.equals("basic")));
  }

  private static Optional<HttpAction.Body> body(YamlMapping block) {
    block.allowOnly(List.of("text", "json", "base64", "fixture", "contentType"));
    List<String> kinds = block.keys().stream().filter(BODY_KINDS::contains).toList();
    if (kinds.size() != 1) {
      block
          .problems()
          .add(block.node(), "'body' needs exactly one of " + String.join(", ", BODY_KINDS));
      return Optional.empty();
    }
    String kind = kinds.get(0);
    Optional<String> contentType = block.string("contentType");
    ConfinedPaths.check(block, "fixture", "the suite's folder");
    if (kind.equals("json")) {
      Node json = block.value("json").orElseThrow();
      return Optional.of(
          new HttpAction.Body(kind, "", json, contentType.orElse("application/json")));
    }
    Optional<String> value = block.string(kind);
    if (kind.equals("base64")) {
      value
          .filter(v -> !isBase64(v))
          .ifPresent(
              v ->
                  block
                      .problems()
                      .add(block.value(kind).orElseThrow(), "'base64' body is not valid base64"));
    }
    return value.map(
        v -> new HttpAction.Body(kind, v, null, contentType.orElse("application/octet-stream")));
  }

  private static boolean isBase64(String value) {
    try {
      java.util.Base64.getMimeDecoder().decode(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
