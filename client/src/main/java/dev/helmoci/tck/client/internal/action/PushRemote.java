package dev.helmoci.tck.client.internal.action;

import java.net.URI;
import java.net.URISyntaxException;

/** The remote of {@code helm push}, checked as Helm's {@code ChartUploader.UploadTo} does. */
public final class PushRemote {
  private PushRemote() {}

  /** {@code oci://host/ns} → {@code host/ns}, or Helm's error for anything else. */
  public static String namespace(String remote) {
    String scheme;
    try {
      scheme = new URI(remote).getScheme();
    } catch (URISyntaxException e) {
      int colon = remote.indexOf("://");
      if (colon < 0) {
        throw new HelmException("invalid chart URL format: " + remote);
      }
      scheme = remote.substring(0, colon);
    }
    if (scheme == null || scheme.isEmpty()) {
      throw new HelmException("scheme prefix missing from remote (e.g. \"oci://\")");
    }
    if (!scheme.equals("oci")) {
      throw new HelmException("scheme \"" + scheme + "\" not supported");
    }
    return remote.substring("oci://".length());
  }
}
