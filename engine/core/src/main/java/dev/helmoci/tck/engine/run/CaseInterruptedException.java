package dev.helmoci.tck.engine.run;

import org.opentest4j.TestAbortedException;

/**
 * A case stopped by {@link RunInterruption}: neither the registry's failure nor the kit's error.
 */
public final class CaseInterruptedException extends TestAbortedException {
  private static final long serialVersionUID = 1L;

  CaseInterruptedException(String message) {
    super(message);
  }
}
