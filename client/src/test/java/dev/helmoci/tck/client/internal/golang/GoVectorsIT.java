package dev.helmoci.tck.client.internal.golang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.client.reference.Digest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Go emulation against real Go: {@code src/test/go/govectors} is run with the inputs below and
 * answers with what Go's {@code strconv.Quote}, {@code path.Clean}, {@code url.QueryEscape}, {@code
 * url.Values}, {@code encoding/json}, {@code time.RFC3339}, {@code http.StatusText} and go-digest
 * v1.0.0's {@code Parse} return; every answer must equal the Java one. Go is required (provisioning
 * installs it: it builds the helm peers), so a missing Go fails this test rather than skipping it.
 */
class GoVectorsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PROGRAM = Path.of("src", "test", "go", "govectors");
  private static final Map<String, UnaryOperator<String>> JAVA =
      Map.of(
          "quote",
          Strconv::quote,
          "clean",
          GoPath::clean,
          "queryEscape",
          UrlValues::queryEscape,
          "values",
          s -> UrlValues.of(HttpUrl.get("http://registry.invalid/?" + s)).encode(),
          "json",
          JsonString::quote,
          "rfc3339",
          s ->
              Rfc3339.format(
                  Instant.ofEpochSecond(Long.parseLong(s.split(" ")[0])),
                  ZoneId.of(s.split(" ")[1])),
          "status",
          s -> HttpStatus.text(Integer.parseInt(s)),
          "digest",
          s -> Digest.problem(s).orElse(""));
  private static List<JsonNode> answers;

  @BeforeAll
  static void askGo() throws Exception {
    List<ObjectNode> vectors = new ArrayList<>();
    quoteInputs().forEach(s -> vectors.add(vector("quote", s)));
    List.of(
            "",
            ".",
            "..",
            "/",
            "//",
            "a/b/../c",
            "/../a",
            "../../a",
            "a/./b/",
            "abc//def",
            "/a/b/..",
            "a/..",
            "./",
            "templates/../../x",
            "charts/sub/../../Chart.yaml",
            "a/b/c/../../..",
            "...",
            "/./")
        .forEach(s -> vectors.add(vector("clean", s)));
    List.of("a b", "repository:ns/x:pull,push", "ü", "~-._", "a+b&c=d", "%", "sha256:abc", "日本")
        .forEach(s -> vectors.add(vector("queryEscape", s)));
    List.of(
            "digest=sha256%3Aabc&_state=x",
            "b=2&a=1&a=0",
            "a=%zz&b=1",
            "a;b=1&c=2",
            "k",
            "=v",
            "a+b=c d",
            "scope=repository%3Ans%2Fx%3Apull&service=zot",
            "x=%E6%97%A5",
            "&&a=1&",
            "a=1&a=",
            "%41=%42")
        .forEach(s -> vectors.add(vector("values", s)));
    quoteInputs().forEach(s -> vectors.add(vector("json", s)));
    List.of(
            "0 UTC",
            "1700000000 UTC",
            "1700000000 Europe/Berlin",
            "1700000000 America/New_York",
            "1700000000 Asia/Kolkata",
            "1700000000 Asia/Kathmandu",
            "-1 UTC",
            "253402300799 UTC",
            "1711846800 Europe/London",
            "1700000000 Etc/GMT+12")
        .forEach(s -> vectors.add(vector("rfc3339", s)));
    for (int code = 100; code < 600; code++) {
      vectors.add(vector("status", Integer.toString(code)));
    }
    String hex64 = "0123456789abcdef".repeat(4);
    List.of(
            "sha256:abc!",
            "sha256:" + hex64,
            "sha256:" + hex64.toUpperCase(),
            "sha256:" + hex64.substring(1),
            "sha256:" + hex64 + "0",
            "sha256:" + hex64.substring(1) + "!",
            "sha256:" + hex64.substring(1) + "g",
            "sha256:",
            ":abc",
            "abc",
            "",
            "sha256",
            "sha256:abc:def",
            "sha384:" + hex64 + hex64.substring(32),
            "sha512:" + hex64 + hex64,
            "sha512:abc",
            "md5:abc",
            "Blake3:abc",
            "foo:bar!",
            "sha256+b64u:abc",
            "a.b:c",
            "SHA256:ab",
            "sha256:ABC")
        .forEach(s -> vectors.add(vector("digest", s)));
    answers = run(vectors);
    assertThat(answers).hasSize(vectors.size());
  }

  /**
   * Named cases (Go's escapes, zero-width and format characters) and every rune of the BMP's first
   * blocks.
   */
  private static List<String> quoteInputs() {
    List<String> inputs =
        new ArrayList<>(
            List.of(
                "a\bb",
                "\u200b",
                "x\u200dy",
                "\ufeff",
                "\u00a0",
                "\u2028",
                "\u00ad",
                "héllo",
                "日本",
                "\ud83d\ude00",
                "\u0007\u000b\f",
                "\u007f",
                "\u0085",
                "tab\there",
                "quote\"back\\",
                "\u061c",
                "\ue000",
                "e\u0301",
                "\udb40\udc01",
                "\ud83f\udffe",
                "CR\r\nLF",
                ""));
    for (int cp = 0; cp < 0x3400; cp++) {
      inputs.add(new String(Character.toChars(cp)));
    }
    for (int cp = 0xfe00; cp <= 0xffff; cp++) {
      inputs.add(new String(Character.toChars(cp)));
    }
    return inputs;
  }

  @Test
  void everyHelperAnswersAsGoDoes() {
    List<String> disagreements = new ArrayList<>();
    for (JsonNode answer : answers) {
      String kind = answer.get("kind").asText();
      String input = answer.get("input").asText();
      String java = JAVA.get(kind).apply(input);
      if (!java.equals(answer.get("output").asText())) {
        disagreements.add(
            kind
                + " "
                + Strconv.quote(input)
                + ": Go "
                + answer.get("output")
                + ", Java "
                + Strconv.quote(java));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void theKnownDisagreementsAreGone() {
    assertThat(Strconv.quote("a\bb")).isEqualTo("\"a\\bb\"");
    assertThat(Strconv.quote("\u200b")).isEqualTo("\"\\u200b\"");
    assertThat(Digest.problem("sha256:abc!")).hasValue(Digest.INVALID_LENGTH);
  }

  private static ObjectNode vector(String kind, String input) {
    return JSON.createObjectNode().put("kind", kind).put("input", input);
  }

  private static List<JsonNode> run(List<ObjectNode> vectors)
      throws IOException, InterruptedException {
    Path in = Files.createTempFile("go-vectors", ".jsonl");
    Path out = Files.createTempFile("go-vectors", ".out");
    Path err = Files.createTempFile("go-vectors", ".err");
    try {
      StringBuilder lines = new StringBuilder();
      for (ObjectNode v : vectors) {
        lines.append(JSON.writeValueAsString(v)).append('\n');
      }
      Files.writeString(in, lines, StandardCharsets.UTF_8);
      ProcessBuilder builder =
          new ProcessBuilder(go(), "run", ".")
              .directory(PROGRAM.toFile())
              .redirectInput(in.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      // The go.sum pins go-digest; no toolchain download, no go.mod rewrite.
      builder.environment().put("GOFLAGS", "-mod=readonly");
      builder.environment().put("GOTOOLCHAIN", "local");
      Process go = builder.start();
      if (!go.waitFor(180, TimeUnit.SECONDS)) {
        go.descendants().forEach(ProcessHandle::destroyForcibly);
        go.destroyForcibly();
        throw new AssertionError("go run " + PROGRAM + " did not finish within 180 s");
      }
      assertThat(go.exitValue())
          .as("go run %s failed: %s", PROGRAM, Files.readString(err))
          .isZero();
      List<JsonNode> answers = new ArrayList<>();
      for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
        answers.add(JSON.readTree(line));
      }
      return answers;
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Go from the PATH, else its default install location; required, never skipped. */
  private static String go() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "go"))) {
        return Path.of(dir, "go").toString();
      }
    }
    Path fallback = Path.of("/usr/local/go/bin/go");
    assertThat(fallback)
        .as("Go is required for the Go vectors (tools/provision.sh installs it)")
        .isExecutable();
    return fallback.toString();
  }
}
