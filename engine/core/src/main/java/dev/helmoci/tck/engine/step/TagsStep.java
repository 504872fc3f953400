package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.TagsRequest;
import dev.helmoci.tck.engine.driver.TagsResult;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type: tags}: the tags Helm sees for {@code repository} ({@code oci://host/repo}). Observes
 * {@code tags} (comma-separated, in Helm's order) and {@code count}.
 */
final class TagsStep implements StepType {

  @Override
  public String name() {
    return "tags";
  }

  @Override
  public Set<String> keys() {
    return Set.of("repository");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    return step.requiredString("repository").map(Action::new);
  }

  private record Action(String reference) implements StepAction {

    @Override
    public Observation run(StepContext context) throws IOException {
      String repository = context.interpolate(reference);
      return DriverCall.observe(
          context,
          "tags " + repository,
          observed -> {
            TagsResult result = context.driver().tags(new TagsRequest(repository));
            observed
                .field("tags", String.join(",", result.tags()))
                .field("count", String.valueOf(result.tags().size()));
          });
    }

    @Override
    public String describe() {
      return "tags " + reference;
    }

    @Override
    public Optional<Capability> capability() {
      return Optional.of(Capability.TAGS);
    }

    @Override
    public Set<String> repositories() {
      return Set.of(DriverCall.repositoryOf(reference));
    }
  }
}
