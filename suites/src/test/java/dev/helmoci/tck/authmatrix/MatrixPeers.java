package dev.helmoci.tck.authmatrix;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.Tools;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.util.List;
import java.util.Optional;

/**
 * The registries and drivers of the matrix, and whether they are provisioned here. A missing one makes the cell
 * skipped with the reason (never passed), unless {@code TCK_REQUIRE_PEERS} is {@code ALL}; then it fails.
 */
final class MatrixPeers {
  static final List<RegistryFlavor> REGISTRIES = List.of(RegistryFlavor.DISTRIBUTION_3, RegistryFlavor.DISTRIBUTION_2);
  static final List<String> DRIVERS = List.of("reference", "helm3", "helm4");

  private MatrixPeers() {
  }

  static void require(RegistryFlavor flavor, String driver) {
    Optional<String> registryMissing = MatrixRegistry.unavailable(flavor);
    require(registryMissing.isEmpty(), registryMissing.orElse(""));
    Optional<Tool> helm = switch (driver) {
      case "helm3" -> Optional.of(Tool.HELM3);
      case "helm4" -> Optional.of(Tool.HELM4);
      default -> Optional.empty();
    };
    helm.ifPresent(tool -> require(Tools.fromEnvironment().find(tool).isPresent(),
        tool + " not provisioned (./tck provision)"));
  }

  private static void require(boolean present, String why) {
    if (!present && "ALL".equals(System.getenv("TCK_REQUIRE_PEERS"))) {
      throw new AssertionError("required by TCK_REQUIRE_PEERS but unavailable: " + why);
    }
    assumeTrue(present, why);
  }
}
