package dev.helmoci.tck.suites;

import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.Tools;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.util.Optional;

/**
 * The peers a {@code @Suite} class drives, checked in its {@code @BeforeSuite} before the engine starts the embedded
 * registry: a missing one aborts the suite once, with the reason, instead of erroring every case (Surefire counts
 * the aborted suite as one error), and fails it when {@code TCK_REQUIRE_PEERS} names the peer
 * ({@code ZOT_CONTAINER}, {@code HELM4}, …).
 */
final class SuitePeers {
  private SuitePeers() {
  }

  static void require(RegistryFlavor flavor, RegistryLauncher.Mode mode, Optional<Tool> helm) {
    Optional<String> registryMissing = RegistryLauncher.of(flavor, mode).unavailableReason();
    PeerCheck.require(registryMissing.isEmpty(), flavor.name() + "_" + mode.name(), registryMissing.orElse(""));
    helm.ifPresent(tool -> PeerCheck.require(Tools.fromEnvironment().find(tool).isPresent(), tool.name(),
        tool + " not provisioned (./tck provision)"));
  }
}
