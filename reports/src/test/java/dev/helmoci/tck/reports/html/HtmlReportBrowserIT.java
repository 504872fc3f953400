package dev.helmoci.tck.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.SampleRuns;
import dev.helmoci.tck.reports.Verdict;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code report.html} from disk in headless Chromium (Debian {@code chromium}, installed by
 * {@code tools/provision.sh}; CI requires it as {@code CHROMIUM}) with no network and no server:
 * the DOM Chromium built must show the failing case open with its request transcript and the matrix
 * grid, and a real screenshot must show the grid's pass and fail cells and the transcript box in
 * their colours.
 */
@Timeout(120)
class HtmlReportBrowserIT {
  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    Optional<Path> found =
        Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
            .flatMap(
                dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
            .filter(Files::isExecutable)
            .findFirst();
    PeerCheck.require(found.isPresent(), "CHROMIUM", "chromium not installed (./tck provision)");
    chromium = found.get();
  }

  @Test
  void theFailingCaseItsTranscriptAndTheMatrixAreInTheRenderedPage(@TempDir Path work)
      throws Exception {
    Path page = report(work);
    String dom = chromium(work, "--dump-dom", page.toUri().toString());

    assertThat(dom).as("Chromium parsed the report").contains("<table id=\"matrix\"");
    String failures = between(dom, "<section id=\"failures\">", "</section>");
    String failing =
        between(
            failures,
            "<article class=\"case o-fail\" id=\"case-" + SampleRuns.FAILING_CASE + "\">",
            "</article>");
    assertThat(failing)
        .as("the failing case is open")
        .contains("<details open=\"\">")
        .contains("expected status 200 but was 404")
        .contains("pull.suite.yaml:25");
    String failedStep = between(failing, "<div class=\"step failed\">", "</div>");
    assertThat(between(failedStep, "<pre class=\"transcript\">", "</pre>"))
        .as("the failed step's request transcript")
        .contains(
            "&gt; " + SampleRuns.TRANSCRIPT_MARK + "abc",
            "Authorization: Bearer REDACTED",
            "&lt; 404 (3 ms)");
    String grid = between(dom, "<table id=\"matrix\"", "</table>");
    assertThat(grid)
        .contains("class=\"cell v-fail\"", "class=\"cell v-pass\"", "class=\"cell v-warn\"");
  }

  @Test
  void aScreenshotShowsTheGridCellsAndTheTranscript(@TempDir Path work) throws Exception {
    Path page = report(work);
    Path shot = work.resolve("shot.png");
    chromium(work, "--screenshot=" + shot, "--window-size=1280,1600", page.toUri().toString());
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image).as("a PNG was written").isNotNull();

    // A cell is at least 7em wide; no text, border or badge in that colour is nearly as long.
    assertThat(longestRun(image, HtmlReport.COLOURS.get(Verdict.FAIL)))
        .as("a fail cell")
        .isGreaterThan(60);
    assertThat(longestRun(image, HtmlReport.COLOURS.get(Verdict.PASS)))
        .as("a pass cell")
        .isGreaterThan(60);
    assertThat(longestRun(image, HtmlReport.COLOURS.get(Verdict.WARN)))
        .as("a warn cell")
        .isGreaterThan(60);
    assertThat(longestRun(image, "#f6f8fa")).as("the transcript box").isGreaterThan(400);
  }

  private static Path report(Path work) throws IOException {
    RunResults run = SampleRuns.run("zot", "v2.1.20", "reference");
    Path page = work.resolve("report.html");
    Files.writeString(page, HtmlReport.render(run, List.of(run)));
    return page;
  }

  /** Runs headless Chromium in its own profile directory, bounded, and returns what it printed. */
  private static String chromium(Path work, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--force-color-profile=srgb",
                "--hide-scrollbars",
                "--no-first-run",
                "--disable-extensions",
                "--user-data-dir=" + work.resolve("profile")));
    command.addAll(List.of(args));
    Path out = work.resolve("chromium.out");
    Process process =
        new ProcessBuilder(command)
            .redirectError(work.resolve("chromium.err").toFile())
            .redirectOutput(out.toFile())
            .start();
    process.getOutputStream().close();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s: " + command);
    }
    assertThat(process.exitValue())
        .as("chromium exit code; stderr:\n%s", Files.readString(work.resolve("chromium.err")))
        .isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("'%s' in the page", start).isGreaterThanOrEqualTo(0);
    int to = text.indexOf(end, from);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  private static int longestRun(BufferedImage image, String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    int best = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      int run = 0;
      for (int x = 0; x < image.getWidth(); x++) {
        run = (image.getRGB(x, y) & 0xFFFFFF) == rgb ? run + 1 : 0;
        best = Math.max(best, run);
      }
    }
    return best;
  }
}
