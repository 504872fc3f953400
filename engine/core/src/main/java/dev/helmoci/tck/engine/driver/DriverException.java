package dev.helmoci.tck.engine.driver;

/**
 * Helm (or the reference client) reported an error for a registry operation. The message is exactly
 * what the user would see, because suites assert on it; it must not contain secrets.
 */
public class DriverException extends Exception {

  private static final long serialVersionUID = 1L;

  public DriverException(String message) {
    super(message);
  }

  public DriverException(String message, Throwable cause) {
    super(message, cause);
  }
}
