package dev.helmoci.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * {@code --case ID} finds suites inside jars on the class path, as the distribution and the image
 * run the kit.
 */
class CaseSelectorInJarTest {

  @TempDir Path work;

  @Test
  @ResourceLock(Resources.SYSTEM_PROPERTIES)
  void aCaseInASuiteInAJarIsSelectedById() throws Exception {
    Path jar = work.resolve("suites.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("com/example/jarred.suite.yaml"));
      out.write(
          String.join(
                  "\n",
                  "format: 1",
                  "id: jarred",
                  "title: In a jar",
                  "cases:",
                  "  - id: jarred-case",
                  "    title: a case in a jar",
                  "    verifies: [push]",
                  "    steps:",
                  "      - type: sleep",
                  "        duration: 1ms",
                  "")
              .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    String saved = System.getProperty("java.class.path");
    System.setProperty("java.class.path", jar.toString());
    try {
      assertThat(
              DiscoveryTest.caseIds(DiscoveryTest.discover(CaseSelector.selectCase("jarred-case"))))
          .containsExactly("jarred-case");
    } finally {
      System.setProperty("java.class.path", saved);
    }
  }
}
