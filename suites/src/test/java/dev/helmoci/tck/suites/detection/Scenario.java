package dev.helmoci.tck.suites.detection;

import dev.helmoci.tck.fixtures.fault.NamedFault;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One detection run: a driver and a target. Clean scenarios must produce no failure; a fault
 * scenario must fail a case on a feature the fault breaks.
 *
 * @param name a stable label, e.g. {@code distribution-3+proxy} or the fault id
 * @param fault empty for a clean target
 */
record Scenario(
    String name, String driver, Optional<NamedFault> fault, Supplier<DetectionTarget> target) {

  static Scenario clean(String name, String driver, Supplier<DetectionTarget> target) {
    return new Scenario(name, driver, Optional.empty(), target);
  }

  /**
   * A fault in front of distribution 3 is named by the fault's id; in front of another registry,
   * id@registry.
   */
  static Scenario faulty(
      NamedFault fault, String upstream, String driver, Supplier<DetectionTarget> target) {
    String name = upstream.equals(UPSTREAM) ? fault.id() : fault.id() + "@" + upstream;
    return new Scenario(name, driver, Optional.of(fault), target);
  }

  /** The registry faults are put in front of unless a scenario says otherwise. */
  static final String UPSTREAM = "distribution-3";

  /** The registry behind the fault: {@code distribution-3} or the part after '@'. */
  String upstream() {
    int at = name.indexOf('@');
    return fault.isPresent() && at > 0 ? name.substring(at + 1) : UPSTREAM;
  }

  /** A run id the engine accepts: lower case letters, digits and '-'. */
  String runId(String prefix) {
    return (prefix + "-" + driver + "-" + name)
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9-]", "-");
  }

  @Override
  public String toString() {
    return name + " (" + driver + ")";
  }
}
