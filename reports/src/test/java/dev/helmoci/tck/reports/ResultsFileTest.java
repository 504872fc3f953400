package dev.helmoci.tck.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.helmoci.tck.reports.results.ResultsFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {

  private static JsonSchema schema() throws Exception {
    try (InputStream in = ResultsFile.class.getResourceAsStream(ResultsFile.SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void writtenResultsMatchTheirSchemaAndReadBackTheSame(@TempDir Path dir) throws Exception {
    RunResults run = SampleRuns.run("zot", "v2.1.20", "reference");
    Path file = dir.resolve("results.json");
    run.writeJson(file);

    Set<ValidationMessage> problems = schema().validate(new ObjectMapper().readTree(file.toFile()));
    assertThat(problems).isEmpty();

    RunResults back = ResultsFile.read(file);
    assertThat(back.info()).isEqualTo(run.info());
    assertThat(back.cases()).isEqualTo(run.cases());
    assertThat(Files.readString(file)).contains("\"verdict\" : \"fail\"", "\"product\" : \"zot\"");
  }

  @Test
  void theSchemaRejectsAnUnknownOutcomeAndAMissingRunSection() throws Exception {
    ObjectNode json = ResultsFile.toJson(SampleRuns.run("zot", "v2.1.20", "reference"));
    ((ObjectNode) json.withArray("cases").get(0)).put("outcome", "passed-ish");
    json.remove("run");
    assertThat(schema().validate(json))
        .extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("run"))
        .anySatisfy(m -> assertThat(m).contains("outcome"));
  }

  @Test
  void aFileOfAnotherFormatIsRefusedByName(@TempDir Path dir) throws Exception {
    Path old = Files.writeString(dir.resolve("old.json"), "{\"format\": 1, \"cases\": []}");
    assertThatThrownBy(() -> ResultsFile.read(old))
        .hasMessageContaining("old.json")
        .hasMessageContaining("results format 1")
        .hasMessageContaining("format 2");
    Path garbage = Files.writeString(dir.resolve("garbage.json"), "{not json");
    assertThatThrownBy(() -> ResultsFile.read(garbage))
        .hasMessageContaining("garbage.json: not a results file");
  }
}
