package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.manifest.ConfigJson;
import dev.helmoci.tck.client.reference.Digest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a push will write, known before it is sent, for the ledger: the repository — Helm pushes to
 * {@code oci://host/path} plus the chart's name ({@code pkg/pusher/ocipusher.go}) — and the blobs: the config Helm
 * builds from Chart.yaml, the archive as the chart layer and the {@code .prov} file (both byte for byte). The blobs
 * matter where a registry drops a manifest whose tag moved (zot): its blobs are then found through nothing else.
 * When the archive cannot be read (cases push broken charts on purpose), the remote's path is the best the ledger
 * can name; such a push fails before it writes.
 */
record PushTarget(String repository, List<String> blobs) {

  static PushTarget of(String remote, Path archive, Optional<Path> provenance) {
    String rest = remote.startsWith("oci://") ? remote.substring("oci://".length()) : remote;
    int slash = rest.indexOf('/');
    String path = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("/+$", "");
    try {
      byte[] chart = Files.readAllBytes(archive);
      ChartArchive read = ChartArchive.read(archive);
      List<String> blobs = new ArrayList<>();
      blobs.add(Digest.sha256(ConfigJson.encode(read.metadata())).toString());
      blobs.add(Digest.sha256(chart).toString());
      // Helm pushes a .prov lying beside the archive even when none is named.
      Path beside = archive.resolveSibling(archive.getFileName() + ".prov");
      Optional<Path> prov = provenance.or(() -> Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty());
      if (prov.isPresent()) {
        blobs.add(Digest.sha256(Files.readAllBytes(prov.get())).toString());
      }
      String name = read.metadata().name();
      return new PushTarget(path.isEmpty() ? name : path + "/" + name, blobs);
    } catch (IOException | RuntimeException e) {
      return new PushTarget(path, List.of());
    }
  }
}
