package dev.helmoci.tck.client.internal.cli;

/** The message helm would print after {@code Error: }. */
public final class CliErrors {
  private CliErrors() {}

  static String message(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
