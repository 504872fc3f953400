package dev.helmoci.tck.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.engine.Constants;
import dev.helmoci.tck.engine.step.StepType;
import dev.helmoci.tck.engine.step.StepTypes;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One source for the suite contract: the step registry ({@link StepTypes}, with the embedded
 * module's types found on the class path) and {@link Constants} are the truth; the JSON Schema's
 * keys per step type and the tables of {@code suites/README.md} (configuration keys, step types and
 * their keys) are checked against them, so none of the four drifts from the others. {@link
 * SuiteSchemaTest} checks the schema's type list and validates every shipped suite.
 */
class SuiteContractTest {
  private static final Path SCHEMA = Path.of("schema", "suite.schema.json");
  private static final Path README = Path.of("README.md");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  @Test
  void everyStepTypeHasExactlyItsKeysInTheSchema() throws IOException {
    JsonNode defs = new ObjectMapper().readTree(SCHEMA.toFile()).path("$defs");
    Set<String> common = fieldNames(defs.path("commonKeys").path("properties"));
    Map<String, String> definitionByType = new LinkedHashMap<>();
    for (JsonNode rule : defs.path("step").path("allOf")) {
      String ref = rule.path("then").path("$ref").asText().replace("#/$defs/", "");
      JsonNode type = rule.path("if").path("properties").path("type");
      if (type.has("const")) {
        definitionByType.put(type.path("const").asText(), ref);
      }
      type.path("enum").forEach(alias -> definitionByType.put(alias.asText(), ref));
    }
    StepTypes types = StepTypes.standard();
    List<String> drift = new ArrayList<>();
    for (String name : types.names()) {
      Set<String> schemaKeys =
          fieldNames(defs.path(definitionByType.getOrDefault(name, "?")).path("properties"));
      schemaKeys.removeAll(common);
      Set<String> engineKeys = new TreeSet<>(types.find(name).map(StepType::keys).orElseThrow());
      // A type may reuse a common key for its own purpose (chart's name is the chart's): the schema
      // has it once.
      engineKeys.removeAll(common);
      if (!schemaKeys.equals(engineKeys)) {
        drift.add(name + ": schema " + schemaKeys + ", engine " + engineKeys);
      }
    }
    assertThat(drift).as("step keys in %s against each StepType.keys()", SCHEMA).isEmpty();
  }

  @Test
  void theReadmeStepTableNamesEveryTypeAndEveryKey() throws IOException {
    Map<String, String> rows =
        tableRows(section("## Steps", "### Checks"), "| type | keys | observes |");
    StepTypes types = StepTypes.standard();
    Map<String, String> keysByType = new LinkedHashMap<>();
    rows.forEach((first, rest) -> codes(first).forEach(type -> keysByType.put(type, rest)));
    assertThat(new TreeSet<>(keysByType.keySet()))
        .as("step types in the table of %s", README)
        .isEqualTo(new TreeSet<>(types.names()));
    List<String> missing = new ArrayList<>();
    for (String name : types.names()) {
      Set<String> documented = new TreeSet<>(codes(keysByType.get(name)));
      for (String key : types.find(name).map(StepType::keys).orElseThrow()) {
        if (!documented.contains(key)) {
          missing.add(name + "." + key);
        }
      }
    }
    assertThat(missing).as("step keys the engine reads but %s does not document", README).isEmpty();
  }

  @Test
  void theReadmeConfigurationTableIsExactlyConstants() throws Exception {
    Set<String> documented = new TreeSet<>();
    tableRows(section("## Configuration", "## Suite"), "| key | env | default | meaning |")
        .keySet()
        .forEach(
            first -> {
              List<String> keys = codes(first);
              String parent = keys.get(0).substring(0, keys.get(0).lastIndexOf('.'));
              // `a.b.c`, `.d` is the README's short form of a.b.c and a.b.d.
              keys.forEach(key -> documented.add(key.startsWith(".") ? parent + key : key));
            });
    assertThat(documented)
        .as("configuration keys in %s against Constants.*_PROPERTY_NAME", README)
        .isEqualTo(constantsKeys());
  }

  /** The check can fail: a key the README does not have is reported, not silently accepted. */
  @Test
  void constantsHoldTheKeysOtherModulesRead() throws Exception {
    assertThat(constantsKeys())
        .contains(
            "helm-oci-tck.target.embedded.registry",
            "helm-oci-tck.driver.helm.binary",
            "helm-oci-tck.cleanup",
            "helm-oci-tck.target.reader.username",
            "helm-oci-tck.keep-work");
  }

  private static Set<String> constantsKeys() throws IllegalAccessException {
    Set<String> keys = new TreeSet<>();
    for (Field field : Constants.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_PROPERTY_NAME")) {
        keys.add((String) field.get(null));
      }
    }
    return keys;
  }

  private static String section(String start, String end) throws IOException {
    String text = Files.readString(README, StandardCharsets.UTF_8);
    int from = text.indexOf(start + "\n");
    int to = text.indexOf(end, from + 1);
    assertThat(from).as("%s has a section %s", README, start).isNotNegative();
    assertThat(to).as("%s has a section %s after %s", README, end, start).isGreaterThan(from);
    return text.substring(from, to);
  }

  /** First cell → the rest of the row, for each row of the table under {@code header}. */
  private static Map<String, String> tableRows(String section, String header) {
    int at = section.indexOf(header);
    assertThat(at).as("a table headed %s", header).isNotNegative();
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : section.substring(at).split("\n")) {
      if (!line.startsWith("| `")) {
        if (!rows.isEmpty() && !line.startsWith("|")) {
          break;
        }
        continue;
      }
      int split = line.indexOf(" | ", 2);
      rows.put(line.substring(2, split), line.substring(split + 3));
    }
    assertThat(rows).as("rows of the table headed %s", header).isNotEmpty();
    return rows;
  }

  private static List<String> codes(String cell) {
    List<String> codes = new ArrayList<>();
    Matcher matcher = CODE.matcher(cell);
    while (matcher.find()) {
      codes.add(matcher.group(1));
    }
    return codes;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
