package dev.helmoci.tck.suites;

import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.util.Optional;

/**
 * The peers a {@code @Suite} class drives, checked in its {@code @BeforeSuite} before the engine
 * starts the embedded registry: a missing one aborts the suite once, with the reason, instead of
 * erroring every case (Surefire counts the aborted suite as one error), and fails it when {@code
 * TCK_REQUIRE_PEERS} names the peer ({@code ZOT_CONTAINER}, {@code HELM4}, …).
 */
final class SuitePeers {
  private SuitePeers() {}

  static void require(RegistryFlavor flavor, RegistryLauncher.Mode mode, Optional<Tool> helm) {
    RequiredPeers.registry(flavor, mode);
    helm.ifPresent(RequiredPeers::binary);
  }
}
