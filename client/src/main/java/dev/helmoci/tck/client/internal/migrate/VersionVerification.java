package dev.helmoci.tck.client.internal.migrate;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.LocatedChart;
import dev.helmoci.tck.client.action.PulledChart;
import dev.helmoci.tck.client.internal.repo.DigestMismatchException;
import dev.helmoci.tck.client.migrate.VersionOutcome;
import dev.helmoci.tck.client.migrate.VersionOutcome.Status;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.reference.Reference;
import dev.helmoci.tck.client.repo.ChartRepository;
import dev.helmoci.tck.client.repo.DownloadedChart;
import dev.helmoci.tck.client.repo.RepoEntry;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code --verify}: pulls one version back from the target as helm pull does and compares bytes
 * with the source.
 */
public final class VersionVerification {
  private final ChartRepository source;
  private final HelmOciClient client;
  private final String namespace;

  public VersionVerification(ChartRepository source, HelmOciClient client, String namespace) {
    this.source = source;
    this.client = client;
    this.namespace = namespace;
  }

  public VersionOutcome verify(RepoEntry entry) {
    String tag = entry.version().replace('+', '_');
    String digest = entry.sha256().orElse("");
    try {
      DownloadedChart chart = source.download(entry);
      digest = Digest.sha256(chart.archive()).toString();
      Reference ref = Reference.fromHelm(namespace + "/" + entry.name() + ":" + entry.version());
      LocatedChart located =
          new LocatedChart(ref.registry(), ref.repository(), entry.version(), "");
      PulledChart pulled;
      try {
        pulled = client.pull(located, true, true);
      } catch (IOException | RuntimeException e) {
        // helm pull --prov's error when the manifest has no provenance layer: then compare without
        // one.
        if (e.getMessage() == null
            || !e.getMessage().contains("does not contain a layer with mediatype")) {
          throw e;
        }
        pulled = client.pull(located, true, false);
      }
      byte[] back = pulled.chart().orElseThrow();
      if (!Arrays.equals(back, chart.archive())) {
        return failed(
            entry,
            tag,
            digest,
            "the chart pulled back is " + Digest.sha256(back) + ", the source is " + digest);
      }
      Optional<String> sourceProv = chart.provenance().map(p -> Digest.sha256(p).toString());
      Optional<String> targetProv = pulled.provenance().map(p -> Digest.sha256(p).toString());
      if (!sourceProv.equals(targetProv)) {
        return failed(
            entry,
            tag,
            digest,
            "provenance differs: source "
                + sourceProv.orElse("none")
                + ", target "
                + targetProv.orElse("none"));
      }
      long bytes = back.length + pulled.provenance().map(p -> (long) p.length).orElse(0L);
      return new VersionOutcome(
          entry.name(),
          entry.version(),
          tag,
          Status.VERIFIED,
          digest,
          pulled.manifestDigest().toString(),
          bytes,
          sourceProv.isPresent(),
          "");
    } catch (DigestMismatchException e) {
      return failed(
          entry,
          tag,
          e.actual(),
          "digest mismatch at the source: the index records "
              + e.expected()
              + ", the archive served is "
              + e.actual());
    } catch (IOException | RuntimeException e) {
      return failed(entry, tag, digest, "not on the target as migrated: " + e.getMessage());
    }
  }

  private static VersionOutcome failed(RepoEntry e, String tag, String digest, String reason) {
    return new VersionOutcome(
        e.name(), e.version(), tag, Status.FAILED, digest, "", 0, false, reason);
  }
}
