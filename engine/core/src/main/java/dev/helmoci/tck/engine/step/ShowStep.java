package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.ShowRequest;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type: show}: {@code helm show <what> <reference> [--version]}; {@code what} defaults to
 * chart. Observes {@code output}.
 */
final class ShowStep implements StepType {

  @Override
  public String name() {
    return "show";
  }

  @Override
  public Set<String> keys() {
    return Set.of("what", "reference", "version");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    String what = step.string("what").orElse("chart");
    if (!Set.of("chart", "values", "readme", "crds", "all").contains(what)) {
      step.problems()
          .add(
              step.value("what").orElseThrow(),
              "'what' must be chart, values, readme, crds or all, found '" + what + "'");
    }
    Optional<String> version = step.string("version");
    return step.requiredString("reference").map(reference -> new Action(what, reference, version));
  }

  private record Action(String what, String reference, Optional<String> version)
      implements StepAction {

    @Override
    public Observation run(StepContext context) throws IOException {
      String ref = context.interpolate(reference);
      Optional<String> wanted = version.map(context::interpolate);
      return DriverCall.observe(
          context,
          "show " + what + " " + ref,
          observed ->
              observed.field(
                  "output", context.driver().show(new ShowRequest(what, ref, wanted)).output()));
    }

    @Override
    public String describe() {
      return "show " + what + " " + reference + version.map(v -> " --version " + v).orElse("");
    }

    @Override
    public Optional<Capability> capability() {
      return Optional.of(Capability.SHOW);
    }

    @Override
    public Set<String> repositories() {
      return Set.of(DriverCall.repositoryOf(reference));
    }
  }
}
