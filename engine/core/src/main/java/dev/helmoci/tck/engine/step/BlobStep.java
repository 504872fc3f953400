package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.client.auth.AuthenticationException;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.BlobSource;
import dev.helmoci.tck.client.registry.MediaTypes;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.registry.RegistryException;
import dev.helmoci.tck.client.registry.UploadSession;
import dev.helmoci.tck.client.transport.ErrorResponseException;
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

/**
 * {@code type: blob}: uploads blobs to {@code repository} the way Helm does (POST an upload
 * session, then PUT its {@code Location} with {@code ?digest=}), for manifests a suite writes by
 * hand. The content is one of {@code text}, {@code base64} or {@code generate} ({@code {size: n,
 * seed: s}}: n deterministic pseudo-random bytes, for large layers). {@code copies: n} (at most 8)
 * uploads n different blobs (the content followed by the copy's number) with all sessions open at
 * once. Like Helm, it refuses an upload {@code Location} on another host or port. Observes {@code
 * digest}, {@code size} (of the first blob), {@code digests} (comma-separated) and {@code status}
 * (the last answer); a session that does not end in 201 is reported as an error naming the request.
 */
final class BlobStep implements StepType {

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
    int kinds =
        (text.isPresent() ? 1 : 0) + (base64.isPresent() ? 1 : 0) + (generate.isPresent() ? 1 : 0);
    if (kinds != 1) {
      step.problems().add(step.node(), "a blob step needs exactly one of text, base64, generate");
      return Optional.empty();
    }
    Optional<Integer> size =
        generate.flatMap(
            g -> {
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
      step.problems()
          .add(
              step.value("copies").orElse(step.node()), "'copies' must be 1 to 8, found " + copies);
      return Optional.empty();
    }
    Content content =
        text.<Content>map(t -> ctx -> ctx.interpolate(t).getBytes(StandardCharsets.UTF_8))
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
        blobs.add(
            copies == 1
                ? base
                : concat(base, Integer.toString(i + 1).getBytes(StandardCharsets.UTF_8)));
      }
      // Open every session before completing any, so a registry sees them at the same time.
      List<UploadSession> sessions = new ArrayList<>();
      try {
        return upload(context, repo, blobs, sessions, observed);
      } catch (ErrorResponseException e) {
        return observed.status(e.statusCode()).error(context.redact(e.getMessage())).build();
      } catch (RegistryException | AuthenticationException e) {
        // A refused Location or an unanswerable challenge: the registry's answer, named by the
        // client as Helm would.
        return observed.error(context.redact(e.getMessage())).build();
      } finally {
        cancel(context, sessions);
      }
    }

    /**
     * Through the client's upload (oras-go's POST then PUT); each write enters the ledger before it
     * is sent.
     */
    private Observation upload(
        StepContext context,
        String repo,
        List<byte[]> blobs,
        List<UploadSession> sessions,
        Observation.Builder observed)
        throws IOException {
      RegistryClient registry = context.registry();
      for (int i = 0; i < copies; i++) {
        context.ledger().repository(context.caseId(), repo);
        sessions.add(registry.startUpload(repo));
        observed.status(
            202); // the only answer startUpload returns on; any other is an ErrorResponseException
      }
      List<String> digests = new ArrayList<>();
      for (int i = 0; i < copies; i++) {
        byte[] blob = blobs.get(i);
        Digest digest = Digest.sha256(blob);
        context.ledger().blob(context.caseId(), repo, digest.toString());
        registry.finishUpload(
            sessions.get(i),
            new BlobDescriptor(MediaTypes.OCTET_STREAM, digest, blob.length),
            BlobSource.of(blob));
        observed.status(201); // likewise the only answer finishUpload accepts
        sessions.set(i, null);
        digests.add(digest.toString());
      }
      return observed
          .field("digest", digests.get(0))
          .field("size", Integer.toString(blobs.get(0).length))
          .field("digests", String.join(",", digests))
          .build();
    }

    /**
     * Sessions left open when the step gave up are cancelled (DELETE, spec.md#canceling-an-upload),
     * so a registry that limits open sessions is not left blocked for the cases after this one.
     * Best effort.
     */
    private static void cancel(StepContext context, List<UploadSession> sessions) {
      for (UploadSession session : sessions) {
        if (session == null) {
          continue;
        }
        try {
          context.registry().cancelUpload(session);
        } catch (IOException | RuntimeException e) {
          // the step's own outcome stands
        }
      }
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
