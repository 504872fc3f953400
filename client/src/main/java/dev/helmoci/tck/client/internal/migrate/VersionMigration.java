package dev.helmoci.tck.client.internal.migrate;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.Messages;
import dev.helmoci.tck.client.action.PushResult;
import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.internal.action.ChartPush;
import dev.helmoci.tck.client.internal.manifest.MediaTypes;
import dev.helmoci.tck.client.internal.manifest.PulledManifest;
import dev.helmoci.tck.client.internal.repo.DigestMismatchException;
import dev.helmoci.tck.client.manifest.Descriptor;
import dev.helmoci.tck.client.migrate.VersionOutcome;
import dev.helmoci.tck.client.migrate.VersionOutcome.Status;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.reference.Reference;
import dev.helmoci.tck.client.registry.FetchedManifest;
import dev.helmoci.tck.client.registry.NotFoundException;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.repo.ChartRepository;
import dev.helmoci.tck.client.repo.DownloadedChart;
import dev.helmoci.tck.client.repo.RepoEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Moves one chart version: resume check, download (digest-checked), the strict-mode name/version
 * check of helm push, the same-content check on the target, then {@link ChartPush} and the state
 * record.
 */
public final class VersionMigration {
  private static final DateTimeFormatter RFC3339 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final ChartRepository source;
  private final HelmOciClient client;
  private final String namespace;
  private final MigrationState state;
  private final boolean dryRun;

  public VersionMigration(
      ChartRepository source,
      HelmOciClient client,
      String namespace,
      MigrationState state,
      boolean dryRun) {
    this.source = source;
    this.client = client;
    this.namespace = namespace;
    this.state = state;
    this.dryRun = dryRun;
  }

  public VersionOutcome migrate(RepoEntry entry) {
    String tag = entry.version().replace('+', '_');
    String indexDigest = entry.sha256().orElse("");
    try {
      if (!indexDigest.isEmpty()) {
        Optional<String> done = state.finished(entry.name(), entry.version(), indexDigest);
        if (done.isPresent()) {
          return outcome(
              entry,
              tag,
              Status.RESUMED,
              indexDigest,
              done.get(),
              0,
              false,
              "finished by an earlier run");
        }
      }
      DownloadedChart chart = source.download(entry);
      String digest = Digest.sha256(chart.archive()).toString();
      ChartMetadata metadata =
          ChartArchive.read(new ByteArrayInputStream(chart.archive())).metadata();
      if (!metadata.name().equals(entry.name()) || !metadata.version().equals(entry.version())) {
        return failed(
            entry,
            tag,
            digest,
            "the archive holds "
                + metadata.name()
                + " "
                + metadata.version()
                + ", not what the index says (helm push requires name and version to match the reference)");
      }
      Reference ref =
          Reference.fromHelm(namespace + "/" + metadata.name() + ":" + metadata.version());
      Optional<String> present = sameContentOnTarget(ref, chart);
      if (present.isPresent()) {
        state.record(entry.name(), entry.version(), digest, present.get());
        return outcome(
            entry,
            tag,
            Status.SKIPPED,
            digest,
            present.get(),
            0,
            chart.provenance().isPresent(),
            "already on the target with the same content");
      }
      long bytes = chart.archive().length + chart.provenance().map(p -> (long) p.length).orElse(0L);
      if (dryRun) {
        return outcome(
            entry, tag, Status.PLANNED, digest, "", bytes, chart.provenance().isPresent(), "");
      }
      PushResult pushed =
          new ChartPush(client::registry, client.helm(), Messages.silent(client.helm()))
              .push(ref, chart.archive(), metadata, chart.provenance(), now());
      String manifest = pushed.manifest().digest().toString();
      state.record(entry.name(), entry.version(), digest, manifest);
      return outcome(
          entry, tag, Status.MIGRATED, digest, manifest, bytes, chart.provenance().isPresent(), "");
    } catch (DigestMismatchException e) {
      return failed(
          entry,
          tag,
          e.actual(),
          "digest mismatch: the index records "
              + e.expected()
              + ", the archive served is "
              + e.actual());
    } catch (IOException | RuntimeException e) {
      return failed(
          entry,
          tag,
          indexDigest,
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /**
   * The target manifest's digest when the tag exists with this chart layer and this provenance (or
   * none on both sides); a tag holding other bytes is a conflict the migration reports rather than
   * overwrites.
   */
  private Optional<String> sameContentOnTarget(Reference ref, DownloadedChart chart)
      throws IOException {
    RegistryClient registry = client.registry(ref.registry());
    FetchedManifest fetched;
    try {
      fetched = registry.fetchManifest(ref.repository(), ref.tag());
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
    PulledManifest manifest =
        PulledManifest.parse(fetched.content(), fetched.descriptor().mediaType());
    List<Descriptor> charts = manifest.layersOfType(MediaTypes.CHART_LAYER);
    List<Descriptor> provs = manifest.layersOfType(MediaTypes.PROV_LAYER);
    String want = Digest.sha256(chart.archive()).toString();
    Optional<String> wantProv = chart.provenance().map(p -> Digest.sha256(p).toString());
    boolean sameChart = charts.size() == 1 && charts.get(0).digest().toString().equals(want);
    boolean sameProv =
        wantProv
            .map(p -> provs.size() == 1 && provs.get(0).digest().toString().equals(p))
            .orElse(provs.isEmpty());
    if (sameChart && sameProv) {
      return Optional.of(fetched.descriptor().digest().toString());
    }
    throw new IOException(
        "the target already has "
            + ref
            + " with other content (chart layer "
            + (charts.isEmpty() ? "none" : charts.get(0).digest())
            + ", source "
            + want
            + (sameChart ? "; provenance differs" : "")
            + "); not overwritten");
  }

  /** helm push stamps the archive file's modification time; a just-pulled file's is now. */
  private static String now() {
    return OffsetDateTime.now(ZoneId.systemDefault())
        .truncatedTo(ChronoUnit.SECONDS)
        .format(RFC3339);
  }

  private static VersionOutcome failed(RepoEntry e, String tag, String digest, String reason) {
    return outcome(e, tag, Status.FAILED, digest, "", 0, false, reason);
  }

  private static VersionOutcome outcome(
      RepoEntry e,
      String tag,
      Status status,
      String digest,
      String manifest,
      long bytes,
      boolean prov,
      String reason) {
    return new VersionOutcome(
        e.name(), e.version(), tag, status, digest, manifest, bytes, prov, reason);
  }
}
