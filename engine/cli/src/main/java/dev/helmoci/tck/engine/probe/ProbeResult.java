package dev.helmoci.tck.engine.probe;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What one helm release did, feature by feature, against one registry. */
public record ProbeResult(String helmVersion, String registry, Map<String, ProbeFeature> features) {

  public ProbeResult {
    features = Map.copyOf(new TreeMap<>(features));
  }

  public Optional<ProbeFeature> feature(String name) {
    return Optional.ofNullable(features.get(name));
  }

  public boolean helmFails(String feature) {
    return feature(feature).filter(ProbeFeature::failed).isPresent();
  }
}
