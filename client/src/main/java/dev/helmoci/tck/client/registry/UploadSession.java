package dev.helmoci.tck.client.registry;

import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * An upload session the registry opened ({@code POST /v2/<repo>/blobs/uploads/} answered 202), with
 * its checked {@code Location}. It keeps the POST's {@code Authorization}, which oras-go sends
 * again on the PUT; that value is a secret and is never shown by {@link #toString()}.
 */
public final class UploadSession {
  private final String repository;
  private final HttpUrl location;
  private final Optional<String> authorization;

  public UploadSession(String repository, HttpUrl location, Optional<String> authorization) {
    this.repository = repository;
    this.location = location;
    this.authorization = authorization;
  }

  public String repository() {
    return repository;
  }

  /** Where the upload continues: on the registry's own host and port. */
  public HttpUrl location() {
    return location;
  }

  public Optional<String> authorization() {
    return authorization;
  }

  @Override
  public String toString() {
    return "upload session " + location;
  }
}
