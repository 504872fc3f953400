package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.driver.DriverException;
import java.io.IOException;

/**
 * Runs one driver operation; an error Helm reports becomes part of the observation, for the suite
 * to judge.
 */
public final class DriverCall {

  private DriverCall() {}

  static Observation observe(StepContext context, String request, Operation operation)
      throws IOException {
    Observation.Builder observed = Observation.of(request);
    try {
      operation.run(observed);
    } catch (DriverException e) {
      observed.error(context.redact(String.valueOf(e.getMessage())));
    }
    Observation observation = observed.build();
    observation
        .field("output")
        .ifPresent(output -> context.evidence().record("driver.output", context.redact(output)));
    observation.error().ifPresent(error -> context.evidence().record("driver.error", error));
    return observation;
  }

  /** The call itself, filling in what it saw. */
  @FunctionalInterface
  interface Operation {
    void run(Observation.Builder observed) throws DriverException, IOException;
  }

  /**
   * The repository part of {@code oci://host/repo[:tag|@digest]}, kept as a template, for locking.
   */
  public static String repositoryOf(String reference) {
    String rest =
        reference.startsWith("oci://") ? reference.substring("oci://".length()) : reference;
    int slash = rest.indexOf('/');
    rest = slash < 0 ? rest : rest.substring(slash + 1);
    int at = rest.indexOf('@');
    rest = at < 0 ? rest : rest.substring(0, at);
    int colon = rest.lastIndexOf(':');
    int lastSlash = rest.lastIndexOf('/');
    return colon > lastSlash && !rest.substring(colon).contains("{")
        ? rest.substring(0, colon)
        : rest;
  }
}
