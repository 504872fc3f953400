package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.client.auth.AuthenticationException;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * {@code count} and {@code status} (the last answer), and stops at the first answer that is not
 * 201, naming the tag.
 */
final class RetagStep implements StepType {
  static final int MAX_TAGS = 2000;
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
      int done = 0;
      for (String tag : tags) {
        HttpUrl url = context.registry().url("/v2/" + repo + "/manifests/" + tag);
        Request put =
            new Request.Builder()
                .url(url)
                .put(RequestBody.create(body, MediaType.get(mediaType)))
                .build();
        RegistryWrites.record(context.ledger(), context.caseId(), put);
        try (Response response = context.registry().send(put, true)) {
          observed.status(response.code());
          if (response.code() != 201) {
            return observed
                .field("count", Integer.toString(done))
                .error("PUT " + url + " answered " + response.code() + ", not 201")
                .build();
          }
        } catch (AuthenticationException e) {
          // The registry's challenge could not be answered with the target's credentials: its
          // answer.
          return observed
              .field("count", Integer.toString(done))
              .error(context.redact(e.getMessage()))
              .build();
        }
        done++;
      }
      return observed.field("count", Integer.toString(done)).build();
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
