package dev.helmoci.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

/**
 * {@code helm-oci-tck.shard}: N shards split the selection into N disjoint parts whose union is the
 * whole.
 */
class ShardTest {

  @TempDir Path work;

  @Test
  void fourShardsAreDisjointCoverEveryCaseAndKeepDependencyGroupsTogether() throws IOException {
    Path suite = writeSuite(work.resolve("a"));
    List<String> all = DiscoveryTest.caseIds(discover(suite, null));
    assertThat(all).hasSize(33);

    List<String> union = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      List<String> shard = DiscoveryTest.caseIds(discover(suite, i + "/4"));
      assertThat(shard).as("shard %d/4", i).isNotEmpty().doesNotHaveDuplicates();
      // chain-c depends on chain-b, which depends on chain-a; lone-2 is depended on by lone-1's
      // partner.
      assertThat(
              shard.containsAll(List.of("chain-a", "chain-b", "chain-c"))
                  || shard.stream().noneMatch(id -> id.startsWith("chain-")))
          .as("chain in shard %d", i)
          .isTrue();
      assertThat(shard.contains("pair-x")).isEqualTo(shard.contains("pair-y"));
      union.addAll(shard);
    }
    assertThat(union).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void placementDependsOnTheSuiteTextNotOnWhereTheFileLivesOrWhatElseIsSelected()
      throws IOException {
    Path here = writeSuite(work.resolve("here"));
    Path there = writeSuite(work.resolve("elsewhere/deeper"));
    for (int i = 1; i <= 3; i++) {
      assertThat(DiscoveryTest.caseIds(discover(there, i + "/3")))
          .isEqualTo(DiscoveryTest.caseIds(discover(here, i + "/3")));
    }
    // Pinned: the first 8 bytes of SHA-256("shards/case-00") modulo 4 is 3, so it is shard 4/4 on
    // every JVM.
    assertThat(Shard.slot("shards/case-00", 4)).isEqualTo(3);
    assertThat(DiscoveryTest.caseIds(discover(here, "4/4"))).contains("case-00");
    // The chain is named by its smallest id, chain-a: slot 1, shard 2/4.
    assertThat(DiscoveryTest.caseIds(discover(here, "2/4")))
        .contains("chain-a", "chain-b", "chain-c");
  }

  @Test
  void aShardThatIsNotINIsADiscoveryErrorNamingTheKey() throws IOException {
    Path suite = writeSuite(work.resolve("a"));
    for (String bad : List.of("0/4", "5/4", "2", "1/0", "a/b")) {
      EngineDiscoveryResults results = discover(suite, bad);
      assertThat(results.getDiscoveryIssues())
          .as(bad)
          .anySatisfy(
              issue -> {
                assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.ERROR);
                assertThat(issue.message())
                    .contains(Constants.SHARD_PROPERTY_NAME, "'" + bad + "'");
              });
    }
  }

  @Test
  void oneShardOfOneIsTheWholeRun() throws IOException {
    Path suite = writeSuite(work.resolve("a"));
    assertThat(DiscoveryTest.caseIds(discover(suite, "1/1")))
        .isEqualTo(DiscoveryTest.caseIds(discover(suite, null)));
    Set<String> seen = new HashSet<>();
    for (int i = 1; i <= 7; i++) {
      DiscoveryTest.caseIds(discover(suite, i + "/7"))
          .forEach(id -> assertThat(seen.add(id)).as(id).isTrue());
    }
    assertThat(seen).hasSize(33);
  }

  private static EngineDiscoveryResults discover(Path suite, String shard) {
    var engine = TestSuites.engine().selectors(selectFile(suite.toFile()));
    if (shard != null) {
      engine.configurationParameter(Constants.SHARD_PROPERTY_NAME, shard);
    }
    return engine.discover();
  }

  /** 28 independent cases, a chain of three joined by dependsOn, and a pair. */
  private static Path writeSuite(Path directory) throws IOException {
    StringBuilder yaml = new StringBuilder("format: 1\nid: shards\ntitle: Shards\ncases:\n");
    for (int i = 0; i < 28; i++) {
      appendCase(yaml, String.format("case-%02d", i), null);
    }
    appendCase(yaml, "chain-c", "chain-b");
    appendCase(yaml, "chain-a", null);
    appendCase(yaml, "chain-b", "chain-a");
    appendCase(yaml, "pair-y", "pair-x");
    appendCase(yaml, "pair-x", null);
    Files.createDirectories(directory);
    return Files.writeString(directory.resolve("shards.suite.yaml"), yaml);
  }

  private static void appendCase(StringBuilder yaml, String id, String dependsOn) {
    yaml.append("  - id: ")
        .append(id)
        .append("\n    title: case ")
        .append(id)
        .append("\n    verifies: [push]\n");
    if (dependsOn != null) {
      yaml.append("    dependsOn: [").append(dependsOn).append("]\n");
    }
    yaml.append("    steps:\n      - type: sleep\n        duration: 1ms\n");
  }
}
