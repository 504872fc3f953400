package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.action.HelmEmulation;
import dev.helmoci.tck.client.action.Messages;
import dev.helmoci.tck.client.action.PushResult;
import dev.helmoci.tck.client.chart.ArchiveLimits;
import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.chart.HelmLine;
import dev.helmoci.tck.client.chart.LoaderWarning;
import dev.helmoci.tck.client.internal.golang.GoPath;
import dev.helmoci.tck.client.internal.golang.Rfc3339;
import dev.helmoci.tck.client.internal.manifest.ChartAnnotations;
import dev.helmoci.tck.client.internal.manifest.ConfigJson;
import dev.helmoci.tck.client.internal.manifest.MediaTypes;
import dev.helmoci.tck.client.manifest.ChartManifest;
import dev.helmoci.tck.client.manifest.Descriptor;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.reference.Reference;
import dev.helmoci.tck.client.registry.BlobSource;
import dev.helmoci.tck.client.registry.RegistryClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code helm push CHART.tgz oci://host/namespace}: Helm's {@code OCIPusher} and {@code
 * Client.Push} (Helm ≥ 3.18 sequence): HEAD manifest by digest, HEAD/upload each blob, PUT manifest
 * by digest, GET it back, PUT by tag.
 */
public final class ChartPush {
  private final RegistryClients clients;
  private final HelmEmulation helm;
  private final Messages out;

  public ChartPush(RegistryClients clients, HelmEmulation helm, Messages out) {
    this.clients = clients;
    this.helm = helm;
    this.out = out;
  }

  public PushResult push(Path chartFile, String remote) throws IOException {
    if (!Files.exists(chartFile)) {
      throw new HelmException(chartFile + ": no such file");
    }
    if (Files.isDirectory(chartFile)) {
      throw new HelmException("cannot push directory, must provide chart archive (.tgz)");
    }
    String namespace = PushRemote.namespace(remote);
    // Streamed, never held: the metadata read keeps only what Helm's loader reads for it, the layer
    // is hashed
    // here and uploaded from the file (a 100 MiB chart pushes in a 64 MiB heap).
    List<LoaderWarning> warnings = new ArrayList<>();
    ChartMetadata metadata =
        ChartArchive.readMetadata(
            chartFile,
            ArchiveLimits.defaults(helm.line()),
            w -> {
              warnings.add(w);
              out.loaderWarning(w);
            });
    String rawRef = GoPath.join(namespace, metadata.name()) + ":" + metadata.version();
    Reference ref = Reference.fromHelm(rawRef);
    // The registry client loads the archive a second time (registry.Client.Push, extractChartMeta),
    // after
    // parsing the reference and before the strict-mode check, so helm logs each loader warning
    // twice.
    warnings.forEach(out::loaderWarning);
    if (!rawRef.endsWith("/" + metadata.name() + ":" + metadata.version())) {
      throw new HelmException(
          "strict mode enabled, ref basename and tag must match the chart name and version");
    }

    Path provFile = chartFile.resolveSibling(chartFile.getFileName() + ".prov");
    Optional<byte[]> prov =
        Files.exists(provFile) ? Optional.of(Files.readAllBytes(provFile)) : Optional.empty();
    String created = Rfc3339.localTime(Files.getLastModifiedTime(chartFile).toInstant());
    return push(
        ref,
        Descriptor.of(MediaTypes.CHART_LAYER, chartFile),
        BlobSource.of(chartFile),
        metadata,
        prov,
        created);
  }

  /**
   * The manifest {@code helm push} will write for {@code chartFile} (and a {@code .prov} beside
   * it), without any request: Helm's manifest depends only on the archive, its Chart.yaml and its
   * modification time. The kit enters its digest and blobs in the run ledger before the push is
   * sent.
   */
  public static ChartManifest plannedManifest(Path chartFile) throws IOException {
    ChartMetadata metadata =
        ChartArchive.readMetadata(chartFile, ArchiveLimits.defaults(HelmLine.HELM_4));
    Path provFile = chartFile.resolveSibling(chartFile.getFileName() + ".prov");
    Optional<byte[]> prov =
        Files.exists(provFile) ? Optional.of(Files.readAllBytes(provFile)) : Optional.empty();
    return manifest(
        Descriptor.of(MediaTypes.CHART_LAYER, chartFile),
        metadata,
        prov,
        Rfc3339.localTime(Files.getLastModifiedTime(chartFile).toInstant()));
  }

  private static ChartManifest manifest(
      Descriptor chartLayer, ChartMetadata metadata, Optional<byte[]> prov, String created) {
    ChartManifest.Builder manifestBuilder =
        ChartManifest.builder()
            .config(Descriptor.of(MediaTypes.CONFIG, ConfigJson.encode(metadata)))
            .chartLayer(chartLayer)
            .annotations(ChartAnnotations.generate(metadata, created));
    prov.map(bytes -> Descriptor.of(MediaTypes.PROV_LAYER, bytes))
        .ifPresent(manifestBuilder::provenanceLayer);
    return manifestBuilder.build();
  }

  /** The registry half of a push, for callers that already hold the bytes. */
  public PushResult push(
      Reference ref,
      byte[] chartBytes,
      ChartMetadata metadata,
      Optional<byte[]> prov,
      String created)
      throws IOException {
    return push(
        ref,
        Descriptor.of(MediaTypes.CHART_LAYER, chartBytes),
        BlobSource.of(chartBytes),
        metadata,
        prov,
        created);
  }

  private PushResult push(
      Reference ref,
      Descriptor chartLayer,
      BlobSource chartSource,
      ChartMetadata metadata,
      Optional<byte[]> prov,
      String created)
      throws IOException {
    byte[] config = ConfigJson.encode(metadata);
    ChartManifest manifest = manifest(chartLayer, metadata, prov, created);
    Descriptor chartDescriptor =
        manifest.layers().stream()
            .filter(l -> MediaTypes.CHART_LAYER.equals(l.mediaType()))
            .findFirst()
            .orElseThrow();
    Descriptor configDescriptor = manifest.config();
    Optional<Descriptor> provDescriptor =
        manifest.layers().stream()
            .filter(l -> MediaTypes.PROV_LAYER.equals(l.mediaType()))
            .findFirst();
    byte[] manifestBytes = manifest.toJson();

    RegistryClient registry = clients.forRegistry(ref.registry());
    RegistryClient target =
        helm.pushScopeHint() ? registry.withScopeHint(ref.repository(), "pull", "push") : registry;
    String repository = ref.repository();
    String manifestDigest = manifest.digest().toString();
    if (!onDestination("Exists", () -> target.manifestExists(repository, manifestDigest))) {
      List<Upload> uploads = new ArrayList<>();
      uploads.add(new Upload(configDescriptor, BlobSource.of(config)));
      for (Descriptor layer : manifest.layers()) {
        uploads.add(
            new Upload(
                layer,
                layer.equals(chartDescriptor) ? chartSource : BlobSource.of(prov.orElseThrow())));
      }
      List<ConcurrentCopy.Task> copies = new ArrayList<>();
      for (Upload upload : uploads) {
        Digest digest = upload.descriptor.digest();
        copies.add(
            () -> {
              if (!onDestination("Exists", () -> target.blobExists(repository, digest))) {
                onDestination(
                    "Push",
                    () -> {
                      target.pushBlob(
                          repository, Descriptors.wire(upload.descriptor), upload.source);
                      return true;
                    });
              }
            });
      }
      // The blobs go up side by side, as oras.ExtendedCopy sends them (Helm's Client.Push).
      ConcurrentCopy.run(copies, ConcurrentCopy.ORAS_CONCURRENCY);
      onDestination(
          "Push",
          () -> {
            target.pushManifest(
                repository, manifestDigest, Descriptors.wire(manifest.descriptor()), manifestBytes);
            return true;
          });
    }
    onDestination(
        "Tag",
        () -> {
          target.tagManifest(repository, Descriptors.wire(manifest.descriptor()), ref.tag());
          return true;
        });

    String printed = ref.registry() + "/" + repository + ":" + ref.tag();
    out.registry("Pushed: " + printed);
    out.registry("Digest: " + manifestDigest);
    if (ref.tag().contains("_")) {
      out.registry(UnderscoreNotice.of(printed));
    }
    return new PushResult(
        printed,
        manifest.descriptor(),
        manifestBytes,
        configDescriptor,
        chartDescriptor,
        provDescriptor);
  }

  private record Upload(Descriptor descriptor, BlobSource source) {}

  /**
   * One step of oras's copy into the registry; its failure is worded {@code failed to perform
   * "<op>" on destination}.
   */
  private static boolean onDestination(String operation, RegistryStep step) {
    try {
      return step.run();
    } catch (IOException e) {
      throw OrasErrors.destination(operation, e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface RegistryStep {
    boolean run() throws IOException;
  }
}
