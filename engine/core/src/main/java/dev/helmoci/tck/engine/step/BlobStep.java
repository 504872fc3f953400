package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code type: blob}: uploads blobs to {@code repository} the way Helm does (POST an upload session, then PUT its
 * {@code Location} with {@code ?digest=}), for manifests a suite writes by hand. The content is one of
 * {@code text}, {@code base64} or {@code generate} ({@code {size: n, seed: s}}: n deterministic pseudo-random
 * bytes, for large layers). {@code copies: n} (at most 8) uploads n different blobs (the content followed by the
 * copy's number) with all sessions open at once. Like Helm, it refuses an upload {@code Location} on another
 * host or port. Observes {@code digest}, {@code size} (of the first blob),
 * {@code digests} (comma-separated) and {@code status} (the last answer); a session that does not end in 201 is
 * reported as an error naming the request.
 */
final class BlobStep implements StepType {

  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

  @Override
  public String name() {
    return "blob";
  }

  @Override
  public Set<String> keys() {
    return Set.of("repository", "text", "base64", "generate", "copies");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    Optional<String> repository = step.requiredString("repository");
    Optional<String> text = step.string("text");
    Optional<String> base64 = step.string("base64");
    Optional<YamlMapping> generate = step.mapping("generate");
    int kinds = (text.isPresent() ? 1 : 0) + (base64.isPresent() ? 1 : 0) + (generate.isPresent() ? 1 : 0);
    if (kinds != 1) {
      step.problems().add(step.node(), "a blob step needs exactly one of text, base64, generate");
      return Optional.empty();
    }
    Optional<Integer> size = generate.flatMap(g -> {
      g.allowOnly(List.of("size", "seed"));
      return g.integer("size");
    });
    if (generate.isPresent() && size.filter(s -> s >= 0).isEmpty()) {
      step.problems().add(step.node(), "'generate' needs a non-negative 'size' in bytes");
      return Optional.empty();
    }
    String seed = generate.flatMap(g -> g.string("seed")).orElse("");
    int copies = step.integer("copies").orElse(1);
    if (copies < 1 || copies > 8) {
      step.problems().add(step.value("copies").orElse(step.node()), "'copies' must be 1 to 8, found " + copies);
      return Optional.empty();
    }
    Content content = text.<Content>map(t -> ctx -> ctx.interpolate(t).getBytes(StandardCharsets.UTF_8))
        .or(() -> base64.map(b -> ctx -> Base64.getMimeDecoder().decode(ctx.interpolate(b))))
        .orElse(ctx -> generated(size.orElseThrow(), ctx.interpolate(seed)));
    return repository.map(r -> new Action(r, content, copies));
  }

  /** SHA-256 in counter mode over the seed: incompressible, reproducible bytes. */
  static byte[] generated(int size, String seed) {
    byte[] out = new byte[size];
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] prefix = seed.getBytes(StandardCharsets.UTF_8);
      for (int offset = 0, counter = 0; offset < size; counter++) {
        sha.update(prefix);
        sha.update(Integer.toString(counter).getBytes(StandardCharsets.UTF_8));
        byte[] block = sha.digest();
        int n = Math.min(block.length, size - offset);
        System.arraycopy(block, 0, out, offset, n);
        offset += n;
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
    return out;
  }

  @FunctionalInterface
  private interface Content {
    byte[] bytes(StepContext context) throws IOException;
  }

  private record Action(String repository, Content content, int copies) implements StepAction {

    @Override
    public Observation run(StepContext context) throws Exception {
      String repo = context.interpolate(repository);
      byte[] base = content.bytes(context);
      Observation.Builder observed = Observation.of("upload " + copies + " blob(s) to " + repo);
      List<byte[]> blobs = new ArrayList<>();
      for (int i = 0; i < copies; i++) {
        blobs.add(copies == 1 ? base : concat(base, Integer.toString(i + 1).getBytes(StandardCharsets.UTF_8)));
      }
      // Open every session before completing any, so a registry sees them at the same time.
      List<HttpUrl> sessions = new ArrayList<>();
      try {
        return upload(context, repo, blobs, sessions, observed);
      } finally {
        cancel(context, sessions);
      }
    }

    private Observation upload(StepContext context, String repo, List<byte[]> blobs, List<HttpUrl> sessions,
        Observation.Builder observed) throws IOException {
      for (int i = 0; i < copies; i++) {
        HttpUrl start = HttpUrl.get(context.target().baseUrl().resolve("/v2/" + repo + "/blobs/uploads/").toString());
        try (Response response = send(context, new Request.Builder().url(start)
            .post(RequestBody.create(new byte[0])))) {
          observed.status(response.code());
          String location = response.header("Location");
          if (response.code() != 202 || location == null) {
            return observed.error("POST " + start + " answered " + response.code()
                + (location == null ? " without a Location" : "") + ", not 202 with a Location").build();
          }
          HttpUrl session = start.resolve(location);
          if (session == null) {
            return observed.error("POST " + start + " answered an unusable Location '" + location + "'").build();
          }
          if (!session.host().equals(start.host()) || session.port() != start.port()) {
            // oras-go 2.6.1+ (Helm 3.21.1+, 4.2.1+) refuses such a Location: it could leak the credentials.
            return observed.error("blob upload Location \"" + location + "\" is on a different host than the"
                + " registry \"" + start.host() + ":" + start.port() + "\"").build();
          }
          sessions.add(session);
        }
      }
      List<String> digests = new ArrayList<>();
      for (int i = 0; i < copies; i++) {
        String digest = Observation.sha256(blobs.get(i));
        HttpUrl put = sessions.get(i).newBuilder().addQueryParameter("digest", digest).build();
        try (Response response = send(context, new Request.Builder().url(put)
            .put(RequestBody.create(blobs.get(i), OCTET_STREAM)))) {
          observed.status(response.code());
          if (response.code() != 201) {
            return observed.error("PUT " + put + " answered " + response.code() + ", not 201").build();
          }
        }
        sessions.set(i, null);
        digests.add(digest);
      }
      return observed.field("digest", digests.get(0)).field("size", Integer.toString(blobs.get(0).length))
          .field("digests", digests.stream().collect(Collectors.joining(","))).build();
    }

    /**
     * Sessions left open when the step gave up are cancelled (DELETE, spec.md#canceling-an-upload), so a registry
     * that limits open sessions is not left blocked for the cases after this one. Best effort.
     */
    private static void cancel(StepContext context, List<HttpUrl> sessions) {
      for (HttpUrl session : sessions) {
        if (session == null) {
          continue;
        }
        try (Response ignored = send(context, new Request.Builder().url(session).delete())) {
          // the answer does not matter
        } catch (IOException | RuntimeException e) {
          // the step's own outcome stands
        }
      }
    }

    private static Response send(StepContext context, Request.Builder request) throws IOException {
      return TargetCall.send(context, request, true);
    }

    private static byte[] concat(byte[] a, byte[] b) {
      byte[] out = new byte[a.length + b.length];
      System.arraycopy(a, 0, out, 0, a.length);
      System.arraycopy(b, 0, out, a.length, b.length);
      return out;
    }

    @Override
    public String describe() {
      return "upload blob to " + repository;
    }

    @Override
    public Set<String> repositories() {
      return Set.of(repository);
    }
  }
}
