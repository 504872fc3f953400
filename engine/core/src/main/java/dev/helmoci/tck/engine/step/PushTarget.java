package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.manifest.ChartManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a push will write, known before it is sent, for the ledger: the repository — Helm pushes to
 * {@code oci://host/path} plus the chart's name ({@code pkg/pusher/ocipusher.go}) —, the manifest
 * and its blobs, planned by the reference client, whose push is byte-exact with Helm's. The
 * manifest matters because Helm (3.18+, oras-go) puts it by digest before it tags it: a run killed
 * in between leaves an untagged manifest no tag list shows; the blobs matter where a registry drops
 * a manifest whose tag moved (zot). When the archive cannot be read (cases push broken charts on
 * purpose), the remote's path is the best the ledger can name; such a push fails before it writes.
 */
record PushTarget(String repository, String manifest, List<String> blobs) {

  static PushTarget of(String remote, Path archive) {
    String rest = remote.startsWith("oci://") ? remote.substring("oci://".length()) : remote;
    int slash = rest.indexOf('/');
    String path = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("/+$", "");
    try {
      ChartManifest planned = ChartManifest.planned(archive);
      List<String> blobs = new ArrayList<>();
      blobs.add(planned.config().digest().toString());
      planned.layers().forEach(layer -> blobs.add(layer.digest().toString()));
      String name = ChartArchive.read(archive).metadata().name();
      return new PushTarget(
          path.isEmpty() ? name : path + "/" + name, planned.digest().toString(), blobs);
    } catch (IOException | RuntimeException e) {
      return new PushTarget(path, "", List.of());
    }
  }
}
