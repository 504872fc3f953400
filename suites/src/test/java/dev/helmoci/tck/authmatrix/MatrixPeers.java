package dev.helmoci.tck.authmatrix;

import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.util.List;
import java.util.Optional;

/**
 * The registries and drivers of the matrix, and whether they are provisioned here. A missing one
 * makes the cell skipped with the reason (never passed), unless {@code TCK_REQUIRE_PEERS} names it
 * ({@code ZOT_PROCESS}, {@code HELM4}, …, see {@link RequiredPeers}); then it fails.
 */
final class MatrixPeers {
  static final List<RegistryFlavor> REGISTRIES =
      List.of(RegistryFlavor.DISTRIBUTION_3, RegistryFlavor.DISTRIBUTION_2, RegistryFlavor.ZOT);
  static final List<String> DRIVERS = List.of("reference", "helm3", "helm4");

  private MatrixPeers() {}

  static void require(RegistryFlavor flavor, String driver) {
    // The matrix runs every registry as a process (MatrixRegistry), so that is the peer it needs.
    RequiredPeers.registry(flavor, RegistryLauncher.Mode.PROCESS);
    Optional<Tool> helm =
        switch (driver) {
          case "helm3" -> Optional.of(Tool.HELM3);
          case "helm4" -> Optional.of(Tool.HELM4);
          default -> Optional.empty();
        };
    helm.ifPresent(RequiredPeers::binary);
  }
}
