package dev.helmoci.tck.client.migrate;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.provenance.ProvenanceSigner;
import dev.helmoci.tck.client.transport.ExchangeObserver;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.repo.ChartSource;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The migration tests' shared peers: the signed 210-version source, registries, an isolated client.
 */
final class MigrationPeers {
  private static ChartSource source;

  private MigrationPeers() {}

  /** Generated once per JVM, its provenance files signed with one throwaway key. */
  static synchronized ChartSource source() throws Exception {
    if (source == null) {
      ProvenanceSigner signer = ProvenanceSigner.throwaway("Migration <tck@example.com>");
      source = ChartSource.generated(v -> signer.signArchive(v.archive(), v.fileName()));
    }
    return source;
  }

  static EmbeddedRegistry registry(RegistryFlavor flavor) {
    RegistryLauncher launcher =
        RequiredPeers.available(RegistryLauncher.of(flavor, RegistryLauncher.Mode.PROCESS));
    return launcher.start();
  }

  static HelmOciClient client(Path home, ExchangeObserver observer) {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return HelmOciClient.builder()
        .transport(TransportOptions.builder().plainHttp(true).observer(observer).build())
        .environment(Map.of("HOME", home.toString()))
        .output(quiet, quiet)
        .build();
  }
}
