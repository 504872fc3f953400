package dev.helmoci.tck.client.internal.registry;

import dev.helmoci.tck.client.registry.UploadSession;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The {@link UploadSession} {@link BlobUpload#start} opens: with the POST's {@code Authorization},
 * which oras-go sends again on the PUT. That value is a secret: {@link #toString()} never shows it.
 */
record OpenUpload(String repository, HttpUrl location, Optional<String> authorization)
    implements UploadSession {

  /** The session as this client opened it; one from elsewhere has no credentials to replay. */
  static OpenUpload of(UploadSession session) {
    if (session instanceof OpenUpload open) {
      return open;
    }
    throw new IllegalArgumentException(session + " was not opened by this client");
  }

  @Override
  public String toString() {
    return "upload session " + location;
  }
}
