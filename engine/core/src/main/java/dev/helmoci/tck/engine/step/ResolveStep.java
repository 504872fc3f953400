package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.ResolveRequest;
import dev.helmoci.tck.engine.driver.ResolveResult;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type: resolve}: resolve {@code reference} to its manifest as Helm does before a pull.
 * Observes {@code digest}, {@code mediaType}, {@code size}.
 */
final class ResolveStep implements StepType {

  @Override
  public String name() {
    return "resolve";
  }

  @Override
  public Set<String> keys() {
    return Set.of("reference");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    return step.requiredString("reference").map(Action::new);
  }

  private record Action(String reference) implements StepAction {

    @Override
    public Observation run(StepContext context) throws IOException {
      String ref = context.interpolate(reference);
      return DriverCall.observe(
          context,
          "resolve " + ref,
          observed -> {
            ResolveResult result = context.driver().resolve(new ResolveRequest(ref));
            observed
                .field("digest", result.digest())
                .field("mediaType", result.mediaType())
                .field("size", String.valueOf(result.size()));
          });
    }

    @Override
    public String describe() {
      return "resolve " + reference;
    }

    @Override
    public Optional<Capability> capability() {
      return Optional.of(Capability.RESOLVE);
    }

    @Override
    public Set<String> repositories() {
      return Set.of(DriverCall.repositoryOf(reference));
    }
  }
}
