package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.engine.driver.Driver;
import dev.helmoci.tck.engine.target.RunLedger;
import dev.helmoci.tck.engine.target.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything a running step may use. One context per case execution; steps of a case run one after
 * another.
 */
public interface StepContext {

  /** The id of the running case, for the run ledger and evidence. */
  String caseId();

  /** The configured driver; fails with a clear message if none is available. */
  Driver driver();

  Target target();

  /** Renders {@code ${…}} with run variables, suite and case {@code vars}, and earlier captures. */
  String interpolate(String template);

  /**
   * A fixture named relative to the suite file, as a local file (classpath fixtures are copied
   * out).
   */
  Path fixture(String relativePath) throws IOException;

  /** An empty directory private to this case execution. */
  Path workDirectory() throws IOException;

  /**
   * The reference client's stack for requests Helm never sends (raw {@code http}, {@code blob},
   * {@code retag} steps): the target's TLS and credentials, the step's deadline, no retries, every
   * exchange in the step's transcript.
   */
  RegistryClient registry();

  Evidence evidence();

  RunLedger ledger();

  /** Masks secrets (the target password) in text bound for messages or evidence. */
  String redact(String text);

  Duration timeout();
}
