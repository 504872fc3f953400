package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.DependencyUpdateRequest;
import dev.helmoci.tck.engine.driver.DependencyUpdateResult;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code type: dependency-update}: {@code helm dependency update} on a copy of the fixture chart
 * directory {@code chart} (Helm writes into {@code charts/}). Observes {@code output} and {@code
 * downloaded} (file names, comma-separated).
 */
final class DependencyUpdateStep implements StepType {

  @Override
  public String name() {
    return "dependency-update";
  }

  @Override
  public Set<String> keys() {
    return Set.of("chart");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    ConfinedPaths.check(step, "chart", "the suite's folder");
    return step.requiredString("chart").map(Action::new);
  }

  private record Action(String chart) implements StepAction {

    @Override
    public Observation run(StepContext context) throws IOException {
      Path source = context.fixture(context.interpolate(chart));
      Path copy =
          copyTree(
              source,
              context
                  .workDirectory()
                  .resolve("charts-src")
                  .resolve(String.valueOf(source.getFileName())));
      return DriverCall.observe(
          context,
          "dependency update " + source.getFileName(),
          observed -> {
            DependencyUpdateResult result =
                context.driver().dependencyUpdate(new DependencyUpdateRequest(copy));
            observed
                .field("output", result.output())
                .field(
                    "downloaded",
                    result.downloaded().stream()
                        .map(path -> String.valueOf(path.getFileName()))
                        .sorted()
                        .collect(Collectors.joining(",")));
          });
    }

    private static Path copyTree(Path source, Path target) throws IOException {
      try (Stream<Path> paths = Files.walk(source)) {
        for (Path path : (Iterable<Path>) paths::iterator) {
          Path destination = target.resolve(source.relativize(path).toString());
          if (Files.isDirectory(path)) {
            Files.createDirectories(destination);
          } else {
            Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return target;
    }

    @Override
    public String describe() {
      return "dependency update " + chart;
    }

    @Override
    public Optional<Capability> capability() {
      return Optional.of(Capability.DEPENDENCY_UPDATE);
    }
  }
}
