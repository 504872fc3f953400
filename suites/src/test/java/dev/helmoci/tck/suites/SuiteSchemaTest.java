package dev.helmoci.tck.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.helmoci.tck.engine.step.StepTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The suite contract in one place: {@code suites/schema/suite.schema.json} (what editors validate
 * against) names exactly the engine's step types, each with its own keys, and every shipped suite
 * validates against it.
 */
class SuiteSchemaTest {
  private static final Path SCHEMA = Path.of("schema", "suite.schema.json");
  private static final Path RESOURCES =
      Path.of("src", "main", "resources", "dev", "helmoci", "tck");
  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void theSchemaNamesExactlyTheEngineStepTypes() throws IOException {
    JsonNode step = new ObjectMapper().readTree(SCHEMA.toFile()).path("$defs").path("step");
    Set<String> enumerated = new TreeSet<>();
    step.path("properties").path("type").path("enum").forEach(t -> enumerated.add(t.asText()));
    Set<String> constrained = new TreeSet<>();
    for (JsonNode rule : step.path("allOf")) {
      JsonNode type = rule.path("if").path("properties").path("type");
      if (type.has("const")) {
        constrained.add(type.path("const").asText());
      }
      type.path("enum").forEach(alias -> constrained.add(alias.asText()));
    }
    assertThat(enumerated).isEqualTo(new TreeSet<>(StepTypes.standard().names()));
    assertThat(constrained).as("a then-rule with the keys of each step type").isEqualTo(enumerated);
  }

  @Test
  void everyShippedSuiteValidates() throws IOException {
    JsonSchema schema = schema();
    List<String> problems = new ArrayList<>();
    List<Path> files = suiteFiles();
    for (Path file : files) {
      for (ValidationMessage message : schema.validate(YAML.readTree(file.toFile()))) {
        problems.add(file.getFileName() + ": " + message.getMessage());
      }
    }
    assertThat(files).hasSizeGreaterThan(10);
    assertThat(problems).isEmpty();
  }

  @Test
  void theSchemaRefusesAStepItDoesNotKnow() throws IOException {
    ObjectNode suite = (ObjectNode) YAML.readTree(suiteFiles().get(0).toFile());
    ((ObjectNode) suite.withArray("cases").get(0).withArray("steps").get(0)).put("type", "pusj");
    assertThat(schema().validate(suite)).isNotEmpty();
  }

  private static JsonSchema schema() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(new ObjectMapper().readTree(SCHEMA.toFile()));
  }

  private static List<Path> suiteFiles() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".suite.yaml"))
          .sorted()
          .toList();
    }
  }
}
