package dev.helmoci.tck.reports.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.reports.CaseResult;
import dev.helmoci.tck.reports.Outcome;
import dev.helmoci.tck.reports.Rollup;
import dev.helmoci.tck.reports.RunInfo;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.StepEvidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code results.json}: one run, in the format {@link #FORMAT} that {@link #SCHEMA_RESOURCE}
 * describes (JSON Schema 2020-12). Readers refuse other formats by name rather than guessing at
 * fields.
 */
public final class ResultsFile {
  public static final int FORMAT = 2;
  public static final String SCHEMA_ID = "https://helm-oci-tck.dev/schemas/results-2.schema.json";

  /** The schema on the class path, also copied beside every results file the kit writes. */
  public static final String SCHEMA_RESOURCE = "/dev/helmoci/tck/reports/results-2.schema.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultsFile() {}

  public static void write(RunResults results, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    JSON.writeValue(file.toFile(), toJson(results));
  }

  public static ObjectNode toJson(RunResults results) {
    RunInfo info = results.info();
    ObjectNode root =
        JSON.createObjectNode()
            .put("$schema", SCHEMA_ID)
            .put("format", FORMAT)
            .put("verdict", results.verdict().label());
    root.putObject("kit").put("version", info.kitVersion()).put("commit", info.kitCommit());
    root.putObject("registry")
        .put("target", info.target())
        .put("description", results.registry())
        .put("product", info.registryProduct())
        .put("version", info.registryVersion());
    ObjectNode run =
        root.putObject("run")
            .put("driver", info.driver())
            .put("helmVersion", info.helmVersion())
            .put("startedAt", text(info.startedAt()))
            .put("finishedAt", text(info.finishedAt()))
            .put("host", info.host())
            .put("strict", info.strict())
            .put("certification", info.certification())
            .put("expectations", info.expectations());
    info.profiles().forEach(run.putArray("profiles")::add);
    ObjectNode config = run.putObject("configuration");
    info.configuration().forEach(config::put);
    ObjectNode product = root.putObject("product");
    info.product().forEach(product::put);
    ArrayNode suites = root.putArray("suites");
    info.suites().forEach((file, sha) -> suites.addObject().put("file", file).put("sha256", sha));
    counts(root.putObject("counts"), results.counts());
    rollups(root.putArray("features"), results.features());
    rollups(root.putArray("profiles"), results.profiles());
    ArrayNode list = root.putArray("cases");
    for (CaseResult c : results.cases()) {
      ObjectNode n =
          list.addObject()
              .put("suite", c.suite())
              .put("id", c.id())
              .put("title", c.title())
              .put("level", c.level())
              .put("outcome", c.outcome().label())
              .put("message", c.message())
              .put("source", c.source())
              .put("impact", c.impact())
              .put("durationMillis", c.duration().toMillis());
      c.features().forEach(n.putArray("features")::add);
      c.profiles().forEach(n.putArray("profiles")::add);
      c.references().forEach(n.putArray("references")::add);
      ArrayNode steps = n.putArray("steps");
      for (StepEvidence s : c.steps()) {
        steps
            .addObject()
            .put("index", s.index())
            .put("kind", s.kind())
            .put("label", s.label())
            .put("where", s.where())
            .put("status", s.status())
            .put("durationMillis", s.duration().toMillis())
            .put("transcript", s.transcript());
      }
    }
    return root;
  }

  /** Reads a results file this class wrote; a file of another format is refused, naming it. */
  public static RunResults read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not a results file (" + e.getMessage() + ")", e);
    }
    if (root == null || root.path("format").asInt() != FORMAT) {
      throw new IOException(
          file
              + ": results format "
              + (root == null ? "none" : root.path("format").asText("none"))
              + ", this kit reads format "
              + FORMAT
              + " (rerun the kit, or use the kit that wrote it)");
    }
    JsonNode run = root.path("run");
    JsonNode registry = root.path("registry");
    RunInfo info =
        new RunInfo(
            root.path("kit").path("version").asText(),
            root.path("kit").path("commit").asText(),
            registry.path("target").asText(),
            registry.path("description").asText(),
            registry.path("product").asText(),
            registry.path("version").asText(),
            run.path("driver").asText(),
            run.path("helmVersion").asText(),
            instant(run.path("startedAt").asText()),
            instant(run.path("finishedAt").asText()),
            run.path("host").asText(),
            strings(run.path("profiles")),
            run.path("strict").asBoolean(),
            run.path("certification").asBoolean(),
            run.path("expectations").asText(),
            map(run.path("configuration")),
            suites(root.path("suites")),
            map(root.path("product")));
    RunResults results = new RunResults(info);
    for (JsonNode c : root.path("cases")) {
      String label = c.path("outcome").asText();
      Outcome outcome =
          Outcome.ofLabel(label)
              .orElseThrow(
                  () ->
                      new IOException(
                          file
                              + ": case "
                              + c.path("id").asText()
                              + " has unknown outcome '"
                              + label
                              + "'"));
      List<StepEvidence> steps = new ArrayList<>();
      for (JsonNode s : c.path("steps")) {
        steps.add(
            new StepEvidence(
                s.path("index").asInt(),
                s.path("kind").asText(),
                s.path("label").asText(),
                s.path("where").asText(),
                s.path("status").asText(),
                Duration.ofMillis(s.path("durationMillis").asLong()),
                s.path("transcript").asText()));
      }
      results.add(
          new CaseResult(
              c.path("suite").asText(),
              c.path("id").asText(),
              c.path("title").asText(),
              strings(c.path("features")),
              c.path("level").asText(),
              outcome,
              c.path("message").asText(),
              c.path("source").asText(),
              Duration.ofMillis(c.path("durationMillis").asLong()),
              c.path("impact").asText(),
              strings(c.path("profiles")),
              strings(c.path("references")),
              steps));
    }
    return results;
  }

  private static void counts(ObjectNode node, Map<Outcome, Integer> counts) {
    counts.forEach((o, n) -> node.put(o.label(), n));
  }

  private static void rollups(ArrayNode node, List<Rollup> rollups) {
    for (Rollup r : rollups) {
      ObjectNode n = node.addObject().put("name", r.name()).put("verdict", r.verdict().label());
      counts(n.putObject("counts"), r.counts());
    }
  }

  private static String text(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  private static Instant instant(String text) {
    return text.isEmpty() ? null : Instant.parse(text);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Map<String, String> map(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static Map<String, String> suites(JsonNode array) {
    Map<String, String> out = new LinkedHashMap<>();
    array.forEach(n -> out.put(n.path("file").asText(), n.path("sha256").asText()));
    return out;
  }
}
