package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.LoginRequest;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type: login}: {@code helm registry login}. {@code registry}, {@code username} and {@code
 * password} default to the target's ({@code ${registry}}, {@code ${target.username}}, {@code
 * ${target.password}}).
 */
final class LoginStep implements StepType {

  @Override
  public String name() {
    return "login";
  }

  @Override
  public Set<String> keys() {
    return Set.of("registry", "username", "password");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    return Optional.of(
        new Action(
            step.string("registry").orElse("${registry}"),
            step.string("username").orElse("${target.username}"),
            step.string("password").orElse("${target.password}")));
  }

  private record Action(String registry, String username, String password) implements StepAction {

    @Override
    public Observation run(StepContext context) throws IOException {
      String host = context.interpolate(registry);
      return DriverCall.observe(
          context,
          "login " + host,
          observed ->
              observed.field(
                  "output",
                  context
                      .driver()
                      .login(
                          new LoginRequest(
                              host, context.interpolate(username), context.interpolate(password)))
                      .output()));
    }

    @Override
    public String describe() {
      return "login " + registry + " as " + username;
    }

    @Override
    public Optional<Capability> capability() {
      return Optional.of(Capability.LOGIN);
    }
  }
}
