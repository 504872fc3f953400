package dev.helmoci.tck.engine.run;

/**
 * The kit or the environment broke while running a step (an I/O failure, a missing fixture, a bad
 * variable): the "error" outcome, kept apart from {@link AssertionError} ("fail") so reports never
 * blame the registry for it.
 */
public final class StepErrorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StepErrorException(String message, Throwable cause) {
    super(message, cause);
  }
}
