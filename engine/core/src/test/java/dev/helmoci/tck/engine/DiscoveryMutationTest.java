package dev.helmoci.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

/**
 * Discovery must survive anything a contributor's editor can produce: 1,000 seeded random mutations
 * of valid suites never make it throw, and never make it silent (each mutant yields cases or at
 * least one issue).
 */
class DiscoveryMutationTest {

  private static final long SEED = 20261124L;
  private static final int MUTANTS = 1_000;
  private static final String[] FRAGMENTS = {
    ":",
    "-",
    " ",
    "  ",
    "\n",
    "{",
    "}",
    "[",
    "]",
    "'",
    "\"",
    "&a",
    "*a",
    "!!binary",
    "${",
    "}",
    "#",
    "|",
    ">",
    "\t",
    "~",
    "null",
    "- type: pusj",
    "  x: 1",
    "<<: *a",
    "\\",
    "%YAML 1.1",
    "---",
    "...",
    "? ",
    "\u0000",
    "\uFEFF",
    "𝄞"
  };

  @Test
  void discoveryNeverThrowsAndNeverGoesSilent(@TempDir Path directory) throws IOException {
    String original =
        Files.readString(TestSuites.resource(TestSuites.DRIVER_SUITE))
            + Files.readString(TestSuites.resource(TestSuites.REGISTRY_SUITE))
                .replaceFirst("(?s)^.*?cases:\n", "");
    Random random = new Random(SEED);
    Path file = directory.resolve("mutant.suite.yaml");
    for (int i = 0; i < MUTANTS; i++) {
      String mutant = mutate(original, random, 1 + random.nextInt(4));
      Files.writeString(file, mutant, StandardCharsets.UTF_8);
      int index = i;
      assertThatCode(
              () -> {
                EngineDiscoveryResults results =
                    TestSuites.engine().selectors(selectFile(file.toFile())).discover();
                assertThat(
                        DiscoveryTest.caseIds(results).size() + results.getDiscoveryIssues().size())
                    .as("mutant %d is neither discovered nor reported:%n%s", index, mutant)
                    .isPositive();
                // The reader's catch-all turns parser bugs into issues; here they must not happen
                // at all.
                assertThat(results.getDiscoveryIssues())
                    .as("mutant %d:%n%s", index, mutant)
                    .noneMatch(issue -> issue.message().contains("cannot read suite"));
              })
          .as("mutant %d (seed %d):%n%s", i, SEED, mutant)
          .doesNotThrowAnyException();
    }
  }

  private static String mutate(String text, Random random, int times) {
    String result = text;
    for (int t = 0; t < times; t++) {
      result = mutateOnce(result, random);
    }
    return result;
  }

  private static String mutateOnce(String text, Random random) {
    if (text.isEmpty()) {
      return FRAGMENTS[random.nextInt(FRAGMENTS.length)];
    }
    int at = random.nextInt(text.length());
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int line = random.nextInt(lines.size());
    switch (random.nextInt(7)) {
      case 0:
        return text.substring(0, at)
            + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
      case 1:
        return text.substring(0, at)
            + FRAGMENTS[random.nextInt(FRAGMENTS.length)]
            + text.substring(at);
      case 2:
        lines.add(line, lines.get(random.nextInt(lines.size())));
        return String.join("\n", lines);
      case 3:
        lines.remove(line);
        return String.join("\n", lines);
      case 4:
        lines.set(line, " ".repeat(random.nextInt(9)) + lines.get(line).strip());
        return String.join("\n", lines);
      case 5:
        return text.substring(0, at);
      default:
        String[] words = lines.get(line).split(" ");
        words[random.nextInt(words.length)] = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
        lines.set(line, String.join(" ", words));
        return String.join("\n", lines);
    }
  }
}
