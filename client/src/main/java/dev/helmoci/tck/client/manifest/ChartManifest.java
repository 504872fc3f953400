package dev.helmoci.tck.client.manifest;

import dev.helmoci.tck.client.internal.action.ChartPush;
import dev.helmoci.tck.client.internal.manifest.GoJsonWriter;
import dev.helmoci.tck.client.internal.manifest.MediaTypes;
import dev.helmoci.tck.client.reference.Digest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The OCI image manifest Helm pushes for a chart: {@code schemaVersion, config, layers,
 * annotations} with no {@code mediaType}, layers {@code [chart, prov?]} sorted by digest string.
 */
public final class ChartManifest {
  private final Descriptor config;
  private final List<Descriptor> layers;
  private final Map<String, String> annotations;
  private final byte[] json;

  private ChartManifest(
      Descriptor config, List<Descriptor> layers, Map<String, String> annotations) {
    this.config = config;
    this.layers = List.copyOf(layers);
    this.annotations = annotations;
    this.json = serialize();
  }

  /**
   * The manifest {@code helm push} writes for {@code chartFile} (with the {@code .prov} beside it,
   * if any), known without a request: Helm's manifest depends only on the archive, its Chart.yaml
   * and its modification time.
   */
  public static ChartManifest planned(Path chartFile) throws IOException {
    return ChartPush.plannedManifest(chartFile);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Descriptor config() {
    return config;
  }

  /** Layers in pushed order (by digest string). */
  public List<Descriptor> layers() {
    return layers;
  }

  public Map<String, String> annotations() {
    return annotations;
  }

  /** The exact manifest bytes Helm sends (Go {@code json.Marshal}). */
  public byte[] toJson() {
    return json.clone();
  }

  public Digest digest() {
    return Digest.sha256(json);
  }

  /** This manifest as a descriptor, media type {@link MediaTypes#OCI_MANIFEST}. */
  public Descriptor descriptor() {
    return Descriptor.of(MediaTypes.OCI_MANIFEST, json);
  }

  private byte[] serialize() {
    GoJsonWriter w = new GoJsonWriter().beginObject().name("schemaVersion").value(2);
    descriptor(w.name("config"), config);
    w.name("layers").beginArray();
    layers.forEach(l -> descriptor(w, l));
    w.endArray();
    if (!annotations.isEmpty()) {
      w.name("annotations").stringMap(annotations);
    }
    return w.endObject().toBytes();
  }

  private static void descriptor(GoJsonWriter w, Descriptor d) {
    w.beginObject()
        .name("mediaType")
        .value(d.mediaType())
        .name("digest")
        .value(d.digest().toString())
        .name("size")
        .value(d.size())
        .endObject();
  }

  /** Collects the descriptors and annotations of a chart push. */
  public static final class Builder {
    private Descriptor config;
    private Descriptor chartLayer;
    private Descriptor provenanceLayer;
    private Map<String, String> annotations = Map.of();

    public Builder config(Descriptor config) {
      this.config = config;
      return this;
    }

    public Builder chartLayer(Descriptor chartLayer) {
      this.chartLayer = chartLayer;
      return this;
    }

    /** Optional; Helm adds it when a {@code .prov} file sits next to the chart. */
    public Builder provenanceLayer(Descriptor provenanceLayer) {
      this.provenanceLayer = provenanceLayer;
      return this;
    }

    public Builder annotations(Map<String, String> annotations) {
      this.annotations = new TreeMap<>(annotations);
      return this;
    }

    public ChartManifest build() {
      Objects.requireNonNull(config, "config descriptor");
      Objects.requireNonNull(chartLayer, "chart layer descriptor");
      List<Descriptor> layers = new ArrayList<>();
      layers.add(chartLayer);
      if (provenanceLayer != null) {
        layers.add(provenanceLayer);
      }
      // Helm: sort.Slice by digest string "for determinism".
      layers.sort(Comparator.comparing(d -> d.digest().toString()));
      return new ChartManifest(config, layers, java.util.Collections.unmodifiableMap(annotations));
    }
  }
}
