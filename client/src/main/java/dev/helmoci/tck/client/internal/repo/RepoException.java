package dev.helmoci.tck.client.internal.repo;

import java.io.IOException;

/** A classic chart repository could not be read: the message names the URL and what was wrong. */
public class RepoException extends IOException {
  public RepoException(String message) {
    super(message);
  }

  public RepoException(String message, Throwable cause) {
    super(message, cause);
  }
}
