package dev.helmoci.tck.authmatrix;

import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import java.nio.file.Path;

/**
 * Keeps one matrix registry running while consecutive cells ask for the same mode and registry, and
 * stops it when a cell asks for another, so at most one registry runs at a time.
 */
final class RegistrySlot {
  private MatrixRegistry current;

  synchronized MatrixRegistry get(AuthMode mode, RegistryFlavor flavor, Path work) {
    if (current != null && current.mode() == mode && current.flavor() == flavor) {
      return current;
    }
    stop();
    current =
        MatrixRegistry.start(
            mode,
            flavor,
            work.resolve(mode + "-" + flavor),
            MatrixPeers.DRIVERS.stream().map(RegistrySlot::runId).toList());
    return current;
  }

  /** The run id of a driver's runs: its repositories live under {@code tck-<run id>/}. */
  static String runId(String driver) {
    return "authm-" + driver;
  }

  synchronized void stop() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
