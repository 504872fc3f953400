package dev.helmoci.tck.client.interop;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.HelmEmulation;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Real registries and real helm for the client's interop tests. A missing peer skips with its
 * reason, unless {@code TCK_REQUIRE_PEERS} names it (CI does), in which case the test fails.
 */
final class RealPeers {
  private RealPeers() {}

  static EmbeddedRegistry registry(RegistryFlavor flavor) {
    RegistryLauncher launcher =
        RequiredPeers.available(RegistryLauncher.of(flavor, RegistryLauncher.Mode.PROCESS));
    return launcher.start();
  }

  static HelmCli helm(Tool tool) {
    return RequiredPeers.helm(tool);
  }

  /** A reference client emulating the same Helm major as {@code tool}, isolated in {@code home}. */
  static HelmOciClient client(Tool tool, Path home, ByteArrayOutputStream out) {
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    return HelmOciClient.builder()
        .helm(tool == Tool.HELM4 ? HelmEmulation.HELM_4 : HelmEmulation.HELM_3)
        .transport(TransportOptions.builder().plainHttp(true).build())
        .environment(Map.of("HOME", home.toString()))
        .output(print, print)
        .build();
  }
}
