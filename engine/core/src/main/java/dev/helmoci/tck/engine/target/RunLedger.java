package dev.helmoci.tck.engine.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every write a run makes to the registry — a repository a push goes to, a manifest, a blob — so
 * cleanup at the end and {@code sweep} after a crash can delete it. Write-ahead: each entry is
 * appended and flushed to {@code ledger-<run id>.jsonl} before the request that makes the write is
 * sent, so a run killed with SIGKILL leaves a ledger that names everything it may have written.
 * Thread-safe.
 */
public final class RunLedger implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What an entry names. */
  public enum Kind {
    REPOSITORY,
    MANIFEST,
    BLOB
  }

  private final Path file;
  private final Set<Entry> entries = new LinkedHashSet<>();
  private Writer writer;
  private IOException writeFailure;

  /**
   * A ledger that writes to {@code ledger-<runId>.jsonl} in {@code directory} from its first entry
   * on.
   */
  public RunLedger(String runId, Path directory) {
    this.file = directory == null ? null : directory.resolve("ledger-" + runId + ".jsonl");
  }

  /** A repository a push is about to write to (its manifest digest is not known yet). */
  public void repository(String caseId, String repository) {
    add(new Entry(Instant.now(), caseId, Kind.REPOSITORY, repository, "", ""));
  }

  /** A manifest about to be written ({@code reference} is the tag or digest it is put under). */
  public void manifest(String caseId, String repository, String reference, String digest) {
    add(new Entry(Instant.now(), caseId, Kind.MANIFEST, repository, reference, digest));
  }

  /** A blob about to be uploaded or mounted into {@code repository}. */
  public void blob(String caseId, String repository, String digest) {
    add(new Entry(Instant.now(), caseId, Kind.BLOB, repository, "", digest));
  }

  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The ledger file, once something was written to it. */
  public synchronized Optional<Path> file() {
    return writer == null ? Optional.empty() : Optional.of(file);
  }

  /**
   * Why the ledger could not be written to disk, if it could not (the entries are still kept in
   * memory).
   */
  public synchronized Optional<IOException> writeFailure() {
    return Optional.ofNullable(writeFailure);
  }

  private synchronized void add(Entry entry) {
    if (!entries.add(entry.withoutTime())) {
      return;
    }
    if (file == null || writeFailure != null) {
      return;
    }
    try {
      if (writer == null) {
        Files.createDirectories(file.getParent());
        writer =
            Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
      writer.write(entry.toJson());
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      writeFailure = e;
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      writer.close();
    }
  }

  /**
   * Reads a ledger file another (possibly killed) run wrote. A last line cut short by the kill is
   * skipped; any other unreadable line is an error naming the file and line.
   */
  public static List<Entry> read(Path ledger) throws IOException {
    List<String> lines = Files.readAllLines(ledger, StandardCharsets.UTF_8);
    List<Entry> read = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        read.add(Entry.fromJson(JSON.readTree(lines.get(i))));
      } catch (IOException | RuntimeException e) {
        if (i == lines.size() - 1) {
          break;
        }
        throw new IOException(
            ledger + ":" + (i + 1) + ": not a ledger entry: " + e.getMessage(), e);
      }
    }
    return read;
  }

  /** One write. {@code reference} and {@code digest} are empty where the kind has none. */
  public record Entry(
      Instant at, String caseId, Kind kind, String repository, String reference, String digest) {

    Entry withoutTime() {
      return new Entry(Instant.EPOCH, caseId, kind, repository, reference, digest);
    }

    String toJson() {
      ObjectNode node =
          JSON.createObjectNode()
              .put("at", at.toString())
              .put("case", caseId)
              .put("kind", kind.name().toLowerCase(Locale.ROOT))
              .put("repository", repository)
              .put("reference", reference)
              .put("digest", digest);
      try {
        return JSON.writeValueAsString(node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static Entry fromJson(JsonNode node) {
      String repository = node.path("repository").asText("");
      if (repository.isEmpty()) {
        throw new IllegalArgumentException("no repository");
      }
      return new Entry(
          Instant.parse(node.path("at").asText(Instant.EPOCH.toString())),
          node.path("case").asText(""),
          Kind.valueOf(node.path("kind").asText("manifest").toUpperCase(Locale.ROOT)),
          repository,
          node.path("reference").asText(""),
          node.path("digest").asText(""));
    }
  }
}
