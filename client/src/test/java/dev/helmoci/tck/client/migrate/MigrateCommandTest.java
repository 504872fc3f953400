package dev.helmoci.tck.client.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.internal.cli.HelmOciCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Usage errors of {@code helm-oci migrate} exit 2 with a message naming what is wrong, before any
 * request.
 */
class MigrateCommandTest {

  @Test
  void aBadConstraintIsAUsageError() {
    String[] result =
        run("migrate", "http://127.0.0.1:1/", "oci://127.0.0.1:1/ns", "--version", "latest");
    assertThat(result[0]).isEqualTo("2");
    assertThat(result[1]).contains("invalid --version constraint \"latest\"");
  }

  @Test
  void aDestinationWithoutOciSchemeIsAUsageError() {
    String[] result = run("migrate", "http://127.0.0.1:1/", "127.0.0.1:1/ns");
    assertThat(result[0]).isEqualTo("2");
    assertThat(result[1]).contains("destination \"127.0.0.1:1/ns\" must be oci://host/namespace");
  }

  @Test
  void anUnreachableSourceIsAKitErrorNamingIt() {
    String[] result =
        run("migrate", "http://127.0.0.1:1/charts", "oci://127.0.0.1:1/ns", "--dry-run");
    assertThat(result[0]).isEqualTo("2");
    assertThat(result[1]).contains("GET http://127.0.0.1:1/charts/index.yaml");
  }

  @Test
  void helpDescribesExitCodes() {
    String[] result = run("help", "migrate");
    assertThat(result[2])
        .contains(
            "--state-file", "--verify", "--dry-run", "Exit codes: 0 ok, 1 some version failed");
  }

  /** {@code [exit code, stderr, stdout]}. */
  private static String[] run(String... args) {
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
        err.toString(StandardCharsets.UTF_8),
        out.toString(StandardCharsets.UTF_8)
      };
    } finally {
      System.setErr(savedErr);
      System.setOut(savedOut);
    }
  }
}
