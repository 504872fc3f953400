package dev.helmoci.tck.engine.cleanup;

import dev.helmoci.tck.client.registry.NotFoundException;
import dev.helmoci.tck.client.transport.ErrorResponseException;

/** How a registry's answer to a delete or a listing reads for cleanup. */
final class Refusals {
  private Refusals() {
  }

  /** A 404: the thing is not there (deleted before, or never written). */
  static boolean isGone(Exception e) {
    return e instanceof NotFoundException
        || e instanceof ErrorResponseException error && error.statusCode() == 404;
  }

  static String describe(Exception e) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof ErrorResponseException error && error.statusCode() == 405) {
      return message + " (the registry does not allow deletes here)";
    }
    return message;
  }
}
