package dev.helmoci.tck.client.internal.provenance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The body of a Helm {@code .prov}: chart metadata YAML, {@code ...}, then {@code files:} sums. */
public final class MessageBlock {
  public static final String SEPARATOR = "\n...\n";

  private MessageBlock() {}

  /** Helm's {@code parseMessageBlock}, returning the {@code files} map (name to sha256:hex). */
  static Map<String, String> files(String plaintext) {
    int at = plaintext.indexOf(SEPARATOR);
    if (at < 0) {
      throw new ProvenanceException("message block must have at least two parts");
    }
    String sums = plaintext.substring(at + SEPARATOR.length());
    int next = sums.indexOf(SEPARATOR);
    if (next >= 0) {
      sums = sums.substring(0, next); // Go's bytes.Split keeps only parts[1]
    }
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(sums);
    } catch (RuntimeException e) {
      throw new ProvenanceException(e.getMessage(), e);
    }
    Map<String, String> files = new LinkedHashMap<>();
    if (root instanceof Map<?, ?> map && map.get("files") instanceof Map<?, ?> f) {
      f.forEach((k, v) -> files.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    }
    return files;
  }
}
