package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type: sleep} (alias {@code wait}): pause for {@code duration}, e.g. for a registry's
 * eventual consistency.
 */
final class SleepStep implements StepType {

  private static final Duration LONGEST = Duration.ofMinutes(10);

  private final String name;

  SleepStep(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> keys() {
    return Set.of("duration");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    if (!step.keys().contains("duration")) {
      step.problems().add(step.node(), "missing required key 'duration' in " + step.what());
    }
    Optional<Duration> duration = step.duration("duration");
    duration
        .filter(d -> d.compareTo(LONGEST) > 0)
        .ifPresent(
            d ->
                step.problems()
                    .add(step.value("duration").orElseThrow(), "'duration' must be at most 10m"));
    return duration.map(Action::new);
  }

  private record Action(Duration duration) implements StepAction {

    @Override
    public Observation run(StepContext context) throws InterruptedException {
      Thread.sleep(duration.toMillis());
      return Observation.of(describe()).build();
    }

    @Override
    public String describe() {
      return "sleep " + duration.toMillis() + "ms";
    }
  }
}
