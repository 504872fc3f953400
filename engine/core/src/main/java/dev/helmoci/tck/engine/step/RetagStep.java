package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.client.auth.AuthenticationException;
import dev.helmoci.tck.engine.evidence.StepTranscript;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code type: retag}: gives an existing manifest many more tags, as other tools and mirrors do, so
 * a case can meet the tag counts real charts reach (hundreds of versions) without hundreds of
 * steps. {@code manifest} is the manifest's bytes (usually a captured GET's {@code ${m.body}}),
 * {@code mediaType} its type, {@code tags} a list in which {@code {a..b}} counts from a to b
 * ({@code 1.0.{1..299}}), at most {@value #MAX_TAGS} tags. Each is one manifest PUT; observes
 * {@code count} (tags that got 201) and {@code status} (201 when all did); the first answer, in tag
 * order, that is not 201 is the step's error, naming the tag. Up to {@value #IN_FLIGHT} PUTs are in
 * flight at once.
 */
final class RetagStep implements StepType {
  static final int MAX_TAGS = 2000;
  private static final int IN_FLIGHT = 8;
  private static final String NOT_SENT = "";
  private static final Pattern RANGE = Pattern.compile("\\{(\\d+)\\.\\.(\\d+)}");

  @Override
  public String name() {
    return "retag";
  }

  @Override
  public Set<String> keys() {
    return Set.of("repository", "manifest", "mediaType", "tags");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    Optional<String> repository = step.requiredString("repository");
    Optional<String> manifest = step.requiredString("manifest");
    String mediaType =
        step.string("mediaType").orElse("application/vnd.oci.image.manifest.v1+json");
    List<String> tags = new ArrayList<>();
    for (String pattern : step.strings("tags")) {
      Optional<List<String>> expanded = expand(pattern);
      if (expanded.isEmpty()) {
        step.problems()
            .add(
                step.value("tags").orElse(step.node()),
                "'tags' entry '"
                    + pattern
                    + "' needs a range {a..b} with a <= b and at most "
                    + MAX_TAGS
                    + " numbers");
        return Optional.empty();
      }
      tags.addAll(expanded.get());
    }
    if (tags.isEmpty() || tags.size() > MAX_TAGS) {
      step.problems()
          .add(
              step.value("tags").orElse(step.node()),
              "'tags' must name 1 to " + MAX_TAGS + " tags, found " + tags.size());
      return Optional.empty();
    }
    if (repository.isEmpty() || manifest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Action(repository.get(), manifest.get(), mediaType, List.copyOf(tags)));
  }

  /**
   * {@code 1.0.{1..3}} → 1.0.1, 1.0.2, 1.0.3; one range per entry; empty when it runs backwards or
   * is too long.
   */
  static Optional<List<String>> expand(String pattern) {
    Matcher m = RANGE.matcher(pattern);
    if (!m.find()) {
      return Optional.of(List.of(pattern));
    }
    long from = Long.parseLong(m.group(1));
    long to = Long.parseLong(m.group(2));
    if (from > to || to - from >= MAX_TAGS) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (long i = from; i <= to; i++) {
      out.add(pattern.substring(0, m.start()) + i + pattern.substring(m.end()));
    }
    return Optional.of(out);
  }

  private record Action(String repository, String manifest, String mediaType, List<String> tags)
      implements StepAction {

    @Override
    public Observation run(StepContext context) throws Exception {
      String repo = context.interpolate(repository);
      byte[] body = context.interpolate(manifest).getBytes(StandardCharsets.UTF_8);
      Observation.Builder observed =
          Observation.of("retag " + repo + " with " + tags.size() + " tags");
      StepTranscript transcript = StepTranscript.current().orElseGet(StepTranscript::new);
      // The PUTs are independent; a few in flight cut the setup of a 600-tag case by half on zot
      // and distribution, while the registry still sees each tag once.
      ExecutorService puts =
          Executors.newFixedThreadPool(
              Math.min(IN_FLIGHT, tags.size()),
              r -> {
                Thread t = new Thread(r, "retag");
                t.setDaemon(true);
                return t;
              });
      // After the first refusal no new PUT goes out: a registry that refuses one refuses the rest.
      AtomicBoolean refused = new AtomicBoolean();
      try {
        List<Future<Optional<String>>> answers = new ArrayList<>();
        for (String tag : tags) {
          answers.add(
              puts.submit(() -> transcript.during(() -> put(context, repo, tag, body, refused))));
        }
        int done = 0;
        Optional<String> firstRefusal = Optional.empty();
        for (Future<Optional<String>> answer : answers) {
          Optional<String> refusal = answer.get();
          if (refusal.isEmpty()) {
            done++;
          } else if (firstRefusal.isEmpty() && !refusal.get().equals(NOT_SENT)) {
            firstRefusal = refusal;
          }
        }
        observed.field("count", Integer.toString(done));
        if (firstRefusal.isPresent()) {
          return observed.error(context.redact(firstRefusal.get())).build();
        }
        return observed.status(201).build();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception x ? x : e;
      } finally {
        puts.shutdownNow();
      }
    }

    /** One tag's PUT: empty when the registry answered 201, else what it said. */
    private Optional<String> put(
        StepContext context, String repo, String tag, byte[] body, AtomicBoolean refused)
        throws Exception {
      if (refused.get()) {
        return Optional.of(NOT_SENT);
      }
      HttpUrl url = context.registry().url("/v2/" + repo + "/manifests/" + tag);
      Request put =
          new Request.Builder()
              .url(url)
              .put(RequestBody.create(body, MediaType.get(mediaType)))
              .build();
      RegistryWrites.record(context.ledger(), context.caseId(), put);
      try (Response response = context.registry().send(put, true)) {
        if (response.code() == 201) {
          return Optional.empty();
        }
        refused.set(true);
        return Optional.of("PUT " + url + " answered " + response.code() + ", not 201");
      } catch (AuthenticationException e) {
        // The registry's challenge could not be answered with the target's credentials: its answer.
        refused.set(true);
        return Optional.of(e.getMessage());
      }
    }

    @Override
    public String describe() {
      return "retag " + repository + " with " + tags.size() + " tags";
    }

    @Override
    public Set<String> repositories() {
      return Set.of(repository);
    }
  }
}
