package dev.helmoci.tck.engine.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every step type, by name: the built-in ones listed here, and those of other modules found with
 * {@link ServiceLoader} ({@code META-INF/services/dev.helmoci.tck.engine.step.StepType}), as the
 * embedded module adds {@code migrate}, which starts a ChartMuseum.
 */
public final class StepTypes {

  private final Map<String, StepType> byName;

  private StepTypes(List<StepType> types) {
    this.byName =
        types.stream()
            .collect(
                Collectors.toMap(
                    StepType::name,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalStateException("two step types named " + a.name());
                    },
                    TreeMap::new));
  }

  public static StepTypes standard() {
    List<StepType> types =
        new ArrayList<>(
            List.of(
                new HttpStep(),
                new SleepStep("sleep"),
                new SleepStep("wait"),
                new AssertStep(),
                new LoginStep(),
                new LogoutStep(),
                new PushStep(),
                new PullStep(),
                new ShowStep(),
                new TagsStep(),
                new ResolveStep(),
                new DependencyUpdateStep(),
                new ChartStep(),
                new BlobStep(),
                new FileStep(),
                new RetagStep()));
    ServiceLoader.load(StepType.class).forEach(types::add);
    return new StepTypes(types);
  }

  /**
   * Step types the kit ships in other modules: a missing one is named with the artifact that brings
   * it.
   */
  private static final Map<String, String> ELSEWHERE = Map.of("migrate", "helm-oci-tck-embedded");

  /** The artifact that brings {@code name}, when it is a type of the kit not on this class path. */
  public Optional<String> providedBy(String name) {
    return byName.containsKey(name) ? Optional.empty() : Optional.ofNullable(ELSEWHERE.get(name));
  }

  public Optional<StepType> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Sorted, for messages that list the known types. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }
}
