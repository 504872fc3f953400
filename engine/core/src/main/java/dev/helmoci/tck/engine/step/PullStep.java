package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.PullRequest;
import dev.helmoci.tck.engine.driver.PullResult;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type: pull}: {@code helm pull <reference> [--version] [--prov]} into the case's work
 * directory. Observes {@code path}, {@code digest}, {@code sha256} (of the archive) and {@code
 * output}.
 */
final class PullStep implements StepType {

  @Override
  public String name() {
    return "pull";
  }

  @Override
  public Set<String> keys() {
    return Set.of("reference", "version", "provenance");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    Optional<String> reference = step.requiredString("reference");
    Optional<String> version = step.string("version");
    boolean provenance = step.bool("provenance").orElse(false);
    return reference.map(r -> new Action(r, version, provenance));
  }

  private record Action(String reference, Optional<String> version, boolean provenance)
      implements StepAction {

    @Override
    public Observation run(StepContext context) throws IOException {
      String ref = context.interpolate(reference);
      Optional<String> wanted = version.map(context::interpolate);
      Path destination = Files.createDirectories(context.workDirectory().resolve("pulled"));
      return DriverCall.observe(
          context,
          "pull " + ref + wanted.map(v -> " --version " + v).orElse(""),
          observed -> {
            PullResult result =
                context.driver().pull(new PullRequest(ref, wanted, destination, provenance));
            observed
                .field("path", result.chart().toString())
                .field("digest", result.digest())
                .field("output", result.output());
            if (Files.isRegularFile(result.chart())) {
              observed.field("sha256", Observation.sha256(Files.readAllBytes(result.chart())));
            }
          });
    }

    @Override
    public String describe() {
      return "pull " + reference + version.map(v -> " --version " + v).orElse("");
    }

    @Override
    public Optional<Capability> capability() {
      return Optional.of(Capability.PULL);
    }

    @Override
    public Set<String> repositories() {
      return Set.of(DriverCall.repositoryOf(reference));
    }
  }
}
