package dev.helmoci.tck.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic link inside a suite's folder does not get a fixture out of it: the step stops with the
 * path it refused, and nothing is sent (literal escapes are discovery errors, see {@link
 * MalformedSuiteTest}).
 */
class ConfinementTest {

  @Test
  void aFixtureLinkedOutOfTheSuiteFolderIsRefused(@TempDir Path work) throws IOException {
    Path outside = Files.writeString(work.resolve("secret.txt"), "not for the registry");
    Path suites = Files.createDirectories(work.resolve("suites/charts"));
    Files.createSymbolicLink(suites.resolve("evil.tgz"), outside);
    Path suite =
        Files.writeString(
            work.resolve("suites/linked.suite.yaml"),
            """
                format: 1
                id: linked
                title: A fixture that is a link out of the folder
                cases:
                  - id: linked-fixture
                    title: Posts a linked fixture
                    steps:
                      - type: http
                        method: PUT
                        path: /v2/x/blobs/uploads/
                        body:
                          fixture: charts/evil.tgz
                """);
    try (RegistryStub registry = new RegistryStub()) {
      TestSuites.engine()
          .selectors(selectFile(suite.toFile()))
          .configurationParameter(Constants.TARGET_URL_PROPERTY_NAME, registry.url())
          .execute()
          .testEvents()
          .assertThatEvents()
          .haveExactly(
              1,
              event(
                  test("case:linked-fixture"),
                  finishedWithFailure(
                      message(m -> m.contains("fixture 'charts/evil.tgz' leaves ")))));
    }
  }
}
