package dev.helmoci.tck.engine.step;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.yaml.snakeyaml.nodes.Node;

/** Sends the request of an {@code http} step and observes the whole response. */
final class HttpAction implements StepAction {

    private static final Pattern REPOSITORY = Pattern.compile("^/v2/(.+?)/(manifests|blobs|tags|referrers)/.*");

    private final String method;
    private final String path;
    private final Map<String, String> headers;
    private final Optional<Body> body;
    private final boolean auth;

    HttpAction(String method, String path, Map<String, String> headers, Optional<Body> body, boolean auth) {
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

    /**
     * A path from the registry root, or an absolute URL on the registry's own origin (an upload {@code Location}
     * captured earlier); any other origin is refused, so the target's credentials never leave it.
     */
    static String url(String base, String path) {
        if (!path.regionMatches(true, 0, "http://", 0, 7) && !path.regionMatches(true, 0, "https://", 0, 8)) {
            return base + path;
        }
        java.net.URI target = java.net.URI.create(base);
        java.net.URI given = java.net.URI.create(path);
        if (!target.getScheme().equalsIgnoreCase(given.getScheme()) || !target.getAuthority().equalsIgnoreCase(
                given.getAuthority())) {
            throw new IllegalArgumentException("path " + path + " is on another origin than the target " + base);
        }
        return path;
    }

    @Override
    public Observation run(StepContext context) throws Exception {
        String url;
        try {
            url = url(context.target().baseUrl().toString(), context.interpolate(path));
        } catch (IllegalArgumentException e) {
            // The address came from the registry (a captured Location): its fault, so a failed step, not an error.
            return Observation.of(method + " " + context.interpolate(path)).error(e.getMessage()).build();
        }
        Request.Builder request = new Request.Builder().url(url);
        headers.forEach((name, value) -> request.header(name, context.interpolate(value)));
        request.method(method, body.isPresent() ? body.get().toRequestBody(context)
                : requiresBody() ? RequestBody.create(new byte[0]) : null);
        TargetCall.authorize(context, request, auth);
        String line = method + " " + url;
        context.evidence().record("http.request", context.redact(line + "\n" + describeHeaders(request.build())));
        try (Response response = TargetCall.send(context, request, auth)) {
            ResponseBody responseBody = response.body();
            byte[] bytes = responseBody == null ? new byte[0] : responseBody.bytes();
            Observation.Builder observed = Observation.of(line).status(response.code()).body(bytes)
                    .field("digest", response.header("Docker-Content-Digest"))
                    .field("location", response.header("Location"));
            for (String name : response.headers().names()) {
                observed.header(name, response.headers(name));
            }
            context.evidence().record("http.response", context.redact(response.code() + " " + response.message()
                    + "\n" + response.headers() + "\n" + preview(bytes)));
            return observed.build();
        }
    }

    private boolean requiresBody() {
        return method.equals("PUT") || method.equals("POST") || method.equals("PATCH");
    }

    private static String describeHeaders(Request request) {
        StringBuilder out = new StringBuilder();
        for (String name : request.headers().names()) {
            String value = name.equalsIgnoreCase("Authorization") ? "****" : request.header(name);
            out.append(name).append(": ").append(value).append('\n');
        }
        return out.toString();
    }

    /** The body's first 4 KiB, then its size and digest, so a truncated body can still be compared. */
    private static String preview(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        return (bytes.length > 4096 ? text + "\n… (truncated)" : text) + "\n[body: " + bytes.length + " bytes, "
                + Observation.sha256(bytes) + "]";
    }

    /** A request body from the suite: literal text, JSON written as YAML, base64 bytes, or a fixture file. */
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
                    return RequestBody.create(context.interpolate(value).getBytes(StandardCharsets.UTF_8), type);
            }
        }
    }
}
