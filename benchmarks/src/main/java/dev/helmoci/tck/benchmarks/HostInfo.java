package dev.helmoci.tck.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine the numbers come from: cores, load at start (other work skews absolute times, not
 * ratios), Java.
 */
final class HostInfo {
  private HostInfo() {}

  static ObjectNode describe() {
    ObjectNode host = JsonNodeFactory.instance.objectNode();
    host.put("cores", Runtime.getRuntime().availableProcessors())
        .put(
            "java",
            System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"))
        .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    try {
      host.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).strip());
    } catch (IOException e) {
      host.put("loadAverage", "unknown");
    }
    return host;
  }
}
