package dev.helmoci.tck.client.internal.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resume record of a migration: one JSON line per finished version (chart, version, source
 * digest, manifest digest), appended and forced to disk after the tag is pushed, so a run killed
 * with SIGKILL leaves at most a half-written last line, which a rerun ignores. A version is only
 * trusted as done when its source digest is unchanged.
 */
public final class MigrationState implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<String, String[]> done = new ConcurrentHashMap<>();
  private final FileChannel channel;

  private MigrationState(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * Opens (creating) the state file; {@code null} gives a state that remembers nothing (dry runs).
   */
  public static MigrationState open(Path file) throws IOException {
    if (file == null) {
      return new MigrationState(null, null);
    }
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    MigrationState state = new MigrationState(file, channel);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines) {
      try {
        JsonNode n = JSON.readTree(line);
        if (n != null
            && n.hasNonNull("chart")
            && n.hasNonNull("version")
            && n.hasNonNull("source")) {
          state.done.put(
              key(n.get("chart").asText(), n.get("version").asText()),
              new String[] {n.get("source").asText(), n.path("manifest").asText("")});
        }
      } catch (IOException truncated) {
        // the line a SIGKILL cut short: that version is not done
      }
    }
    return state;
  }

  /**
   * The manifest digest recorded for this version, when it finished with the same source digest.
   */
  public Optional<String> finished(String chart, String version, String sourceDigest) {
    String[] record = done.get(key(chart, version));
    return record != null && record[0].equals(sourceDigest)
        ? Optional.of(record[1])
        : Optional.empty();
  }

  public synchronized void record(
      String chart, String version, String sourceDigest, String manifestDigest) throws IOException {
    if (channel == null) {
      return;
    }
    ObjectNode n =
        JSON.createObjectNode()
            .put("chart", chart)
            .put("version", version)
            .put("source", sourceDigest)
            .put("manifest", manifestDigest);
    // A leading newline closes any line an earlier kill left unterminated.
    channel.write(
        java.nio.ByteBuffer.wrap(
            ("\n" + JSON.writeValueAsString(n)).getBytes(StandardCharsets.UTF_8)));
    channel.force(false);
    done.put(key(chart, version), new String[] {sourceDigest, manifestDigest});
  }

  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  private static String key(String chart, String version) {
    return chart + "\u0000" + version;
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }
}
