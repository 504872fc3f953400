package dev.helmoci.tck.client.registry;

import okhttp3.HttpUrl;

/**
 * An upload session the registry opened ({@code POST /v2/<repo>/blobs/uploads/} answered 202), with
 * its checked {@code Location}. Only {@link RegistryClient#startUpload} makes one: the session also
 * keeps the POST's {@code Authorization}, which oras-go sends again on the PUT, and that secret is
 * not part of this interface.
 */
public interface UploadSession {
  String repository();

  /** Where the upload continues: on the registry's own host and port. */
  HttpUrl location();
}
