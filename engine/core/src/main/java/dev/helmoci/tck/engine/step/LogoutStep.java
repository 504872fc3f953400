package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.LogoutRequest;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type: logout}: {@code helm registry logout}; {@code registry} defaults to {@code
 * ${registry}}.
 */
final class LogoutStep implements StepType {

  @Override
  public String name() {
    return "logout";
  }

  @Override
  public Set<String> keys() {
    return Set.of("registry");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    return Optional.of(new Action(step.string("registry").orElse("${registry}")));
  }

  private record Action(String registry) implements StepAction {

    @Override
    public Observation run(StepContext context) throws IOException {
      String host = context.interpolate(registry);
      return DriverCall.observe(
          context,
          "logout " + host,
          observed ->
              observed.field("output", context.driver().logout(new LogoutRequest(host)).output()));
    }

    @Override
    public String describe() {
      return "logout " + registry;
    }

    @Override
    public Optional<Capability> capability() {
      return Optional.of(Capability.LOGOUT);
    }
  }
}
