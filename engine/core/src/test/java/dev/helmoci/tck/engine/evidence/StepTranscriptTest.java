package dev.helmoci.tck.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.transport.RecordedExchange;
import dev.helmoci.tck.reports.StepEvidence;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StepTranscriptTest {

  private static RecordedExchange exchange(String url, int status) {
    return new RecordedExchange(
        "GET",
        url,
        Map.of("Authorization", List.of("Bearer REDACTED")),
        status,
        Map.of("Docker-Content-Digest", List.of("sha256:abc")),
        Duration.ofMillis(7),
        Optional.empty());
  }

  @Test
  void eachStepSeesOnlyWhatHappenedOnItsOwnThread() throws Exception {
    StepTranscript first = new StepTranscript();
    StepTranscript second = new StepTranscript();
    CompletableFuture<Object> a = CompletableFuture.supplyAsync(() -> call(first, "http://r/v2/a"));
    CompletableFuture<Object> b =
        CompletableFuture.supplyAsync(() -> call(second, "http://r/v2/b"));
    a.get();
    b.get();
    StepTranscript.exchange(exchange("http://r/v2/unbound", 200)); // no step bound here: dropped

    assertThat(first.text())
        .contains(
            "> GET http://r/v2/a",
            "Authorization: Bearer REDACTED",
            "< 200 (7 ms)",
            "$ helm pull oci://r/a",
            "exit 1 after 5 ms",
            "stderr:\n    Error: not found")
        .doesNotContain("/v2/b");
    assertThat(second.text()).contains("/v2/b").doesNotContain("/v2/a", "unbound");
  }

  @Test
  void aHugeStepIsCutAtTheLimitAndSaysHowMuchWasDropped() throws Exception {
    StepTranscript transcript = new StepTranscript();
    transcript.during(
        () -> {
          for (int i = 0; i < 10_000; i++) {
            StepTranscript.note("http.response", "x".repeat(100));
          }
          return null;
        });
    assertThat(transcript.text().length())
        .isBetween(StepTranscript.LIMIT, StepTranscript.LIMIT + 100);
    assertThat(transcript.text()).endsWith("more characters dropped)\n");
  }

  @Test
  void exchangesLeftOutOfACutRecordAreCountedWithTheirTime() throws Exception {
    StepTranscript transcript = new StepTranscript();
    // From threads the step started itself, as the retag and migrate steps do.
    CompletableFuture.allOf(
            CompletableFuture.runAsync(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    transcript.record(exchange("http://r/v2/x/" + "y".repeat(200), 200));
                  }
                }),
            CompletableFuture.runAsync(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    transcript.record(exchange("http://r/v2/z/" + "y".repeat(200), 200));
                  }
                }))
        .get();
    String text = transcript.text();
    long shown = text.lines().filter(l -> l.startsWith("< 200 (7 ms)")).count();
    Matcher left = Pattern.compile("among them (\\d+) exchanges, (\\d+) ms waiting").matcher(text);
    assertThat(left.find()).as(text.substring(text.length() - 300)).isTrue();
    int dropped = Integer.parseInt(left.group(1));
    // Every exchange is either shown or counted, but the one cut in half.
    assertThat(shown + dropped).isBetween(3_999L, 4_000L);
    assertThat(Long.parseLong(left.group(2))).isEqualTo(7L * dropped);
  }

  @Test
  void aStepTravelsThroughAReportEntryUnchanged() {
    StepEvidence step =
        new StepEvidence(
            3,
            "cleanup",
            "delete",
            "x.suite.yaml:9:9",
            "passed",
            Duration.ofMillis(12),
            "> DELETE http://r/v2/a/manifests/sha256:abc\n< 202 (3 ms)\n");
    assertThat(CaseEvidence.stepOf(CaseEvidence.toReportEntry(step))).contains(step);
    StepEvidence empty = new StepEvidence(1, "step", "", "", "passed", Duration.ZERO, "");
    assertThat(CaseEvidence.stepOf(CaseEvidence.toReportEntry(empty))).contains(empty);
  }

  private static Object call(StepTranscript transcript, String url) {
    try {
      return transcript.during(
          () -> {
            StepTranscript.exchange(exchange(url, 200));
            StepTranscript.command(
                List.of("helm", "pull", "oci://r/" + url.substring(url.length() - 1)),
                1,
                "",
                "Error: not found",
                Duration.ofMillis(5));
            return null;
          });
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
