package dev.helmoci.tck.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a suite run's wall time went, read from its {@code results.json}: start-up (process fork to
 * the run's {@code startedAt}), waiting on the registry (the durations the client's exchange
 * records carry, as the step transcripts print them: {@code < 200 (12 ms)}, plus what a transcript
 * cut at its size limit says it left out; a step counts at most its own duration), inside helm
 * processes ({@code exit 0 after 45 ms}), and the rest: the kit itself (engine, JIT, class loading,
 * reports, cleanup's own work). At parallelism above one the waits overlap, so the split is only
 * meaningful at parallelism 1.
 */
record TimeSplit(
    long wallMillis, long startupMillis, long registryMillis, long helmMillis, int exchanges) {
  private static final Pattern EXCHANGE =
      Pattern.compile("^< (?:\\d{3} \\(|failed after )(\\d+) ms", Pattern.MULTILINE);

  /** What {@code StepTranscript} says of the exchanges it left out of a long step's record. */
  private static final Pattern DROPPED =
      Pattern.compile(
          "among them (\\d+) exchanges, (\\d+) ms waiting on the registry\\)$", Pattern.MULTILINE);

  private static final Pattern HELM =
      Pattern.compile("^\\s+exit -?\\d+ after (\\d+) ms", Pattern.MULTILINE);

  static TimeSplit read(Path resultsJson, Instant forked, Duration wall) throws IOException {
    JsonNode results = new ObjectMapper().readTree(resultsJson.toFile());
    Instant started = Instant.parse(results.path("run").path("startedAt").asText());
    long registry = 0;
    long helm = 0;
    int exchanges = 0;
    for (JsonNode c : results.path("cases")) {
      for (JsonNode step : c.path("steps")) {
        String transcript = step.path("transcript").asText();
        long waited = 0;
        Matcher m = EXCHANGE.matcher(transcript);
        while (m.find()) {
          waited += Long.parseLong(m.group(1));
          exchanges++;
        }
        Matcher d = DROPPED.matcher(transcript);
        if (d.find()) {
          exchanges += Integer.parseInt(d.group(1));
          waited += Long.parseLong(d.group(2));
        }
        // A step with requests in flight at once (retag, migrate) waits at most its own duration.
        registry += Math.min(waited, step.path("durationMillis").asLong(waited));
        Matcher h = HELM.matcher(transcript);
        while (h.find()) {
          helm += Long.parseLong(h.group(1));
        }
      }
    }
    return new TimeSplit(
        wall.toMillis(),
        Math.max(0, Duration.between(forked, started).toMillis()),
        registry,
        helm,
        exchanges);
  }

  /** What is neither start-up, nor registry, nor helm. */
  long kitMillis() {
    return Math.max(0, wallMillis - startupMillis - registryMillis - helmMillis);
  }

  ObjectNode toJson() {
    return JsonNodeFactory.instance
        .objectNode()
        .put("startupMillis", startupMillis)
        .put("registryWaitMillis", registryMillis)
        .put("helmMillis", helmMillis)
        .put("kitMillis", kitMillis())
        .put("exchanges", exchanges)
        .put("kitShare", Samples.ratio(kitMillis() + startupMillis, wallMillis));
  }
}
