package dev.helmoci.tck.engine.cleanup;

import dev.helmoci.tck.client.registry.NotFoundException;
import dev.helmoci.tck.client.transport.ErrorResponseException;

/** How a registry's answer to a delete or a listing reads for cleanup. */
final class Refusals {
  private Refusals() {}

  /** A 404: the thing is not there (deleted before, or never written). */
  static boolean isGone(Exception e) {
    return e instanceof NotFoundException
        || e instanceof ErrorResponseException error && error.statusCode() == 404;
  }

  /**
   * The registry did not answer (a timeout, a refused or reset connection): asking it more only
   * waits more.
   */
  static boolean isUnreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.SocketTimeoutException
          || t instanceof java.net.ConnectException
          || t instanceof java.net.NoRouteToHostException) {
        return true;
      }
    }
    return false;
  }

  static String describe(Exception e) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof ErrorResponseException error && error.statusCode() == 405) {
      return message + " (the registry does not allow deletes here)";
    }
    return message;
  }
}
