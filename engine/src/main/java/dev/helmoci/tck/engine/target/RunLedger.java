package dev.helmoci.tck.engine.target;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run left in the registry: every pushed repository and digest, so an operator can clean up after a run
 * against a shared registry. Written as JSON lines when the run ends. Thread-safe.
 */
public final class RunLedger {

    private final String runId;
    private final List<Entry> entries = new ArrayList<>();

    public RunLedger(String runId) {
        this.runId = runId;
    }

    public synchronized void pushed(String caseId, String repository, String reference, String digest) {
        entries.add(new Entry(Instant.now(), caseId, repository, reference, digest));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Writes {@code ledger-<run id>.jsonl} into {@code directory} and returns its path. */
    public Path writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("ledger-" + runId + ".jsonl");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Entry entry : entries()) {
                writer.write(entry.toJson());
                writer.write('\n');
            }
        }
        return file;
    }

    /** One pushed artifact. */
    public record Entry(Instant at, String caseId, String repository, String reference, String digest) {

        String toJson() {
            return "{\"at\":" + quote(at.toString()) + ",\"case\":" + quote(caseId) + ",\"repository\":"
                    + quote(repository) + ",\"reference\":" + quote(reference) + ",\"digest\":" + quote(digest) + "}";
        }

        private static String quote(String value) {
            if (value == null) {
                return "null";
            }
            StringBuilder out = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
    }
}
