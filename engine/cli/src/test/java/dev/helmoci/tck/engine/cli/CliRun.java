package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One {@code helm-oci-tck} invocation in this JVM, its exit code and output (standard output and
 * error); the registry it runs on.
 */
record CliRun(int code, String out) {

  static CliRun of(String... args) {
    PrintStream saved = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try {
      int code = TckCli.run(args);
      return new CliRun(code, out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(saved);
      System.setErr(savedErr);
    }
  }

  /** An open distribution 3 process: no password has to reach the CLI. */
  static EmbeddedRegistry openDistribution() {
    RegistryLauncher launcher =
        RegistryLauncher.of(RegistryFlavor.DISTRIBUTION_3, RegistryLauncher.Mode.PROCESS);
    RequiredPeers.available(launcher);
    return launcher.start();
  }
}
