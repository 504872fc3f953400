package dev.helmoci.tck.client.internal.repo;

import okhttp3.HttpUrl;

/**
 * Helm's {@code repo.ResolveReferenceURL} (helm v3.22 {@code pkg/repo/chartrepo.go}): an absolute
 * {@code urls} entry is used as is; a relative one resolves against the repository URL with one
 * trailing slash added, and the repository URL's query is carried over (signed S3/GCS URLs).
 */
public final class RepoUrls {
  private RepoUrls() {}

  public static HttpUrl resolve(HttpUrl repository, String ref) throws RepoException {
    HttpUrl absolute = HttpUrl.parse(ref);
    if (absolute != null) {
      return absolute;
    }
    String path = repository.encodedPath();
    HttpUrl base =
        repository.newBuilder().encodedPath(path.endsWith("/") ? path : path + "/").build();
    HttpUrl resolved = base.resolve(ref);
    if (resolved == null) {
      throw new RepoException("cannot resolve \"" + ref + "\" against " + repository);
    }
    return resolved.newBuilder().encodedQuery(repository.encodedQuery()).build();
  }
}
