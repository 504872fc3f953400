package dev.helmoci.tck.client.interop;

import dev.helmoci.tck.client.internal.cli.HelmOciCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the reference CLI in-process and keeps what helm users see: the exit code, stdout and
 * stderr.
 */
final class CliRun {
  private CliRun() {}

  /** Returns {@code [exit code, stderr]}. */
  static String[] run(String... args) {
    String[] all = runAll(args);
    return new String[] {all[0], all[2]};
  }

  /** Returns {@code [exit code, stdout, stderr]}. */
  static String[] runAll(String... args) {
    PrintStream savedErr = System.err;
    PrintStream savedOut = System.out;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int code = HelmOciCli.run(args);
      return new String[] {
        Integer.toString(code),
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8)
      };
    } finally {
      System.setErr(savedErr);
      System.setOut(savedOut);
    }
  }
}
