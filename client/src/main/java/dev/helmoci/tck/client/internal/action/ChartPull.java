package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.action.LocatedChart;
import dev.helmoci.tck.client.action.Messages;
import dev.helmoci.tck.client.action.PulledChart;
import dev.helmoci.tck.client.internal.manifest.ConfigJson;
import dev.helmoci.tck.client.internal.manifest.MediaTypes;
import dev.helmoci.tck.client.internal.manifest.PulledManifest;
import dev.helmoci.tck.client.internal.registry.VerifyingInputStream;
import dev.helmoci.tck.client.manifest.Descriptor;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.reference.Reference;
import dev.helmoci.tck.client.registry.FetchedManifest;
import dev.helmoci.tck.client.registry.RegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Helm's {@code Client.Pull}: fetch the manifest (following an image index to its children), then
 * the config and the chart and/or provenance layers; every other layer is skipped, never
 * downloaded.
 */
public final class ChartPull {
  private final RegistryClients clients;
  private final Messages out;

  public ChartPull(RegistryClients clients, Messages out) {
    this.clients = clients;
    this.out = out;
  }

  public PulledChart pull(LocatedChart located, boolean withChart, boolean withProv)
      throws IOException {
    return pull(located, withChart, withProv, null);
  }

  /**
   * Pulls the chart layer straight into {@code chartFile} (through a {@code .part} file beside it,
   * moved into place once size and digest are verified), so a layer of any size costs no more
   * memory than a buffer. The returned {@link PulledChart} carries no chart bytes.
   */
  public PulledChart pullTo(LocatedChart located, Path chartFile) throws IOException {
    return pull(located, true, false, chartFile);
  }

  private PulledChart pull(
      LocatedChart located, boolean withChart, boolean withProv, Path chartFile)
      throws IOException {
    if (!withChart && !withProv) {
      throw new HelmException("must specify at least one layer to pull (chart/prov)");
    }
    Reference ref = located.pullReference();
    RegistryClient registry = clients.forRegistry(ref.registry());
    String repository = ref.repository();
    FetchedManifest root;
    try {
      root = registry.fetchManifest(repository, ref.tag().isEmpty() ? ref.digest() : ref.tag());
    } catch (IOException e) {
      throw OrasErrors.rootFetch(e);
    }
    String rootType = root.descriptor().mediaType();
    PulledManifest rootManifest = PulledManifest.parse(root.content(), rootType);

    // Helm allows only OCI manifests and indexes as manifest nodes; oras still walks a Docker
    // manifest's
    // successors, so its Helm blobs count, but the root itself is never stored.
    boolean rootAllowed =
        MediaTypes.OCI_MANIFEST.equals(rootType) || MediaTypes.OCI_INDEX.equals(rootType);
    Nodes nodes = new Nodes(rootAllowed ? 1 : 0);
    if (rootManifest.isIndex() && rootAllowed) {
      for (Descriptor child : rootManifest.manifests()) {
        if (MediaTypes.OCI_MANIFEST.equals(child.mediaType())) {
          byte[] body;
          try {
            body = registry.fetchManifest(repository, Descriptors.wire(child));
          } catch (IOException e) {
            throw OrasErrors.source("FindSuccessors", e);
          }
          nodes.count++;
          nodes.add(PulledManifest.parse(body, child.mediaType()), withChart, withProv);
        }
      }
    } else if (rootAllowed || MediaTypes.DOCKER_MANIFEST_V2.equals(rootType)) {
      nodes.add(rootManifest, withChart, withProv);
    }

    int minimum = 1 + (withChart ? 1 : 0) + (withProv ? 1 : 0);
    if (nodes.count < minimum) {
      throw new HelmException(
          "manifest does not contain minimum number of descriptors ("
              + minimum
              + "), descriptors found: "
              + nodes.count);
    }
    if (nodes.config == null) {
      throw new HelmException("could not load config with mediatype " + MediaTypes.CONFIG);
    }
    if (withChart && nodes.chart == null) {
      throw new HelmException(
          "manifest does not contain a layer with mediatype " + MediaTypes.CHART_LAYER);
    }
    if (withProv && nodes.prov == null) {
      throw new HelmException(
          "manifest does not contain a layer with mediatype " + MediaTypes.PROV_LAYER);
    }
    if (!rootAllowed) {
      Digest digest = root.descriptor().digest();
      throw new HelmException(
          "unable to retrieve blob with digest "
              + digest
              + ": "
              + digest
              + ": "
              + rootType
              + ": not found");
    }
    if (withChart && MediaTypes.LEGACY_CHART_LAYER.equals(nodes.chart.mediaType())) {
      out.registry("Warning: chart media type " + MediaTypes.LEGACY_CHART_LAYER + " is deprecated");
    }
    AtomicReference<byte[]> configBytes = new AtomicReference<>();
    AtomicReference<byte[]> chartBytes = new AtomicReference<>();
    AtomicReference<byte[]> provBytes = new AtomicReference<>();
    List<ConcurrentCopy.Task> fetches = new ArrayList<>();
    fetches.add(() -> configBytes.set(read(registry, repository, nodes.config)));
    if (withChart && chartFile != null) {
      fetches.add(() -> readTo(registry, repository, nodes.chart, chartFile));
    } else if (withChart) {
      fetches.add(() -> chartBytes.set(read(registry, repository, nodes.chart)));
    }
    if (withProv) {
      fetches.add(() -> provBytes.set(read(registry, repository, nodes.prov)));
    }
    // Helm's Client.Pull copies the manifest's successors into its memory store with oras.Copy,
    // side by side; the first failure in this order (config, chart, provenance) is reported.
    ConcurrentCopy.run(fetches, ConcurrentCopy.ORAS_CONCURRENCY);
    byte[] config = configBytes.get();
    Optional<byte[]> chart = Optional.ofNullable(chartBytes.get());
    Optional<byte[]> prov = Optional.ofNullable(provBytes.get());

    String printed = ref.toString();
    out.registry("Pulled: " + printed);
    out.registry("Digest: " + root.descriptor().digest());
    if (printed.contains("_")) {
      out.registry(UnderscoreNotice.of(printed));
    }
    return new PulledChart(
        printed, root.descriptor().digest(), ConfigJson.decode(config), chart, prov);
  }

  /** A blob, verified while read; failures worded as oras's copy into memory words them. */
  private static byte[] read(RegistryClient registry, String repository, Descriptor descriptor)
      throws IOException {
    ByteArrayOutputStream buffer =
        new ByteArrayOutputStream((int) Math.min(descriptor.size(), 1 << 20));
    copy(registry, repository, descriptor, buffer);
    return buffer.toByteArray();
  }

  /**
   * A blob streamed into {@code file}, verified on the fly; the file appears only once it is whole
   * and right.
   */
  private static void readTo(
      RegistryClient registry, String repository, Descriptor descriptor, Path file)
      throws IOException {
    Path part = file.resolveSibling(file.getFileName() + ".part");
    try (OutputStream out = Files.newOutputStream(part)) {
      copy(registry, repository, descriptor, out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    }
    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void copy(
      RegistryClient registry, String repository, Descriptor descriptor, OutputStream out)
      throws IOException {
    long copied = 0;
    try (InputStream in = registry.openBlob(repository, Descriptors.wire(descriptor))) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        copied += n;
      }
    } catch (IOException e) {
      if (copied < descriptor.size()
          && !VerifyingInputStream.MISMATCHED_DIGEST.equals(e.getMessage())
          && !VerifyingInputStream.TRAILING_DATA.equals(e.getMessage())
          && copied > 0) {
        throw OrasErrors.shortRead(descriptor.size(), copied, descriptor.digest().toString(), e);
      }
      if (copied > 0 || isVerification(e)) {
        throw OrasErrors.destination("Push", e.getMessage(), e);
      }
      throw e;
    }
  }

  private static boolean isVerification(IOException e) {
    String m = e.getMessage();
    return VerifyingInputStream.MISMATCHED_DIGEST.equals(m)
        || VerifyingInputStream.TRAILING_DATA.equals(m)
        || VerifyingInputStream.UNEXPECTED_EOF.equals(m);
  }

  /**
   * The Helm nodes found under the root; when a kind appears twice the last one seen wins, as in
   * Helm.
   */
  private static final class Nodes {
    Descriptor config;
    Descriptor chart;
    Descriptor prov;
    int count;

    Nodes(int count) {
      this.count = count;
    }

    void add(PulledManifest manifest, boolean withChart, boolean withProv) {
      manifest
          .config()
          .filter(c -> MediaTypes.CONFIG.equals(c.mediaType()))
          .ifPresent(
              c -> {
                config = c;
                count++;
              });
      List<Descriptor> layers = new ArrayList<>(manifest.layers());
      for (Descriptor layer : layers) {
        String type = layer.mediaType();
        if (withChart
            && (MediaTypes.CHART_LAYER.equals(type)
                || MediaTypes.LEGACY_CHART_LAYER.equals(type))) {
          chart = layer;
          count++;
        } else if (withProv && MediaTypes.PROV_LAYER.equals(type)) {
          prov = layer;
          count++;
        }
      }
    }
  }
}
