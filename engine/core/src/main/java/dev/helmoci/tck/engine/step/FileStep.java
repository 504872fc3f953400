package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type: file}: writes {@code text} to {@code path} in the case's work directory, or, without
 * {@code text}, reads that file. For what Helm reads or writes beside a chart: a {@code .prov} next
 * to an archive, a chart directory with OCI dependencies, the {@code Chart.lock} or {@code .prov}
 * Helm wrote. Observes {@code path} (absolute), {@code directory} (its parent), {@code body},
 * {@code sha256} and {@code size}; reading a file that does not exist is reported as an error
 * ({@code expect: {error: …}} to require its absence).
 */
final class FileStep implements StepType {

  @Override
  public String name() {
    return "file";
  }

  @Override
  public Set<String> keys() {
    return Set.of("path", "text");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    Optional<String> path = step.requiredString("path");
    Optional<String> text = step.string("text");
    ConfinedPaths.check(step, "path", "the case's work directory");
    return path.map(p -> new Action(p, text));
  }

  private record Action(String path, Optional<String> text) implements StepAction {

    @Override
    public Observation run(StepContext context) throws IOException {
      Path work = context.workDirectory();
      Path file = ConfinedPaths.confine(work, context.interpolate(path), "file step path");
      Observation.Builder observed =
          Observation.of((text.isPresent() ? "write " : "read ") + file)
              .field("path", file.toString())
              .field("directory", String.valueOf(file.getParent()));
      if (text.isPresent()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, context.interpolate(text.get()), StandardCharsets.UTF_8);
      } else if (!Files.isRegularFile(file)) {
        return observed.error(file.getFileName() + ": no such file").build();
      }
      return observed.body(Files.readAllBytes(file)).build();
    }

    @Override
    public String describe() {
      return (text.isPresent() ? "write " : "read ") + path;
    }
  }
}
