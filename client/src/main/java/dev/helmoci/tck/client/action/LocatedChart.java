package dev.helmoci.tck.client.action;

import dev.helmoci.tck.client.reference.Reference;

/**
 * A chart reference after Helm's version resolution: either a tag (the SemVer string, with {@code
 * +}) or a digest. {@link #pullReference()} is what the registry is asked for ({@code +} mapped to
 * {@code _}); {@link #path()} is the URL path Helm names the downloaded file after.
 */
public record LocatedChart(String registry, String repository, String version, String digest) {

  public boolean byDigest() {
    return digest != null && !digest.isEmpty();
  }

  /**
   * The registry reference pulled: {@code host/repo:tag_with_underscore} or {@code
   * host/repo@digest}.
   */
  public Reference pullReference() {
    return byDigest()
        ? new Reference(registry, repository, "", digest)
        : new Reference(registry, repository, version.replace('+', '_'), "");
  }

  /**
   * {@code repo:version} or {@code repo@digest}, the last element of which names the local file.
   */
  public String path() {
    return repository + (byDigest() ? "@" + digest : ":" + version);
  }

  /**
   * Helm's {@code DownloadTo} file name: the path's last element with its last {@code :} made
   * {@code -}.
   */
  public String archiveFileName() {
    String base = path().substring(path().lastIndexOf('/') + 1);
    int colon = base.lastIndexOf(':');
    return (colon < 0 ? base : base.substring(0, colon) + "-" + base.substring(colon + 1)) + ".tgz";
  }
}
