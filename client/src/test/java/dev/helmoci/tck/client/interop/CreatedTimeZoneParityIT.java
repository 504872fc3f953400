package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code created} annotation is the archive's mtime in Go's {@code time.Local}. Real helm and
 * the client's CLI push the same archive, each as a process started with {@code TZ=zone}; equal
 * manifest digests mean equal annotations. The zones and dates are where Java's bundled tzdb and
 * the system zoneinfo Go reads disagree (merged zones' own pre-1970 history, a zone newer than the
 * JDK, an LMT offset with seconds) or where only the TZif footer rule answers (after 2037, DST in
 * both hemispheres).
 */
class CreatedTimeZoneParityIT {
  private static final List<Map.Entry<String, String>> CASES =
      List.of(
          Map.entry("Africa/Accra", "1900-06-01T12:00:00Z"),
          Map.entry("Europe/Oslo", "1950-06-01T12:00:00Z"),
          Map.entry("America/Aruba", "1900-01-01T12:00:00Z"),
          Map.entry("America/Coyhaique", "2026-06-01T12:00:00Z"),
          Map.entry("Asia/Kolkata", "1941-06-01T12:00:00Z"),
          Map.entry("America/Santiago", "2045-01-15T12:00:00Z"),
          Map.entry("Europe/Berlin", "2040-07-01T12:00:00Z"),
          Map.entry(":Europe/Lisbon", "1975-01-01T12:00:00Z"),
          Map.entry("", "2001-01-01T12:00:00Z"),
          Map.entry("No/Such_Zone", "2001-01-01T12:00:00Z"));

  @Test
  void createdAnnotationAgreesWithHelmUnderTz(@TempDir Path work) throws Exception {
    HelmCli helm3 = RealPeers.helm(Tool.HELM3);
    HelmCli helm4 = RealPeers.helm(Tool.HELM4);
    Path source =
        ChartCorpus.sources().stream()
            .filter(p -> p.getFileName().toString().equals("bare-chart"))
            .findFirst()
            .orElseThrow();
    Path packaged = ChartCorpus.packageWith(helm3, source, work.resolve("chart"));
    List<String> differences = new ArrayList<>();
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      int i = 0;
      for (Map.Entry<String, String> c : CASES) {
        Path dir = Files.createDirectories(work.resolve("case-" + i++));
        Path archive = Files.copy(packaged, dir.resolve(packaged.getFileName()));
        Instant mtime = Instant.parse(c.getValue());
        Files.setLastModifiedTime(archive, FileTime.from(mtime));
        String remote = "oci://" + registry.hostPort() + "/tz" + i;
        String ours = digest(client(c.getKey(), dir, archive, remote + "/client"));
        for (HelmCli helm : List.of(helm3, helm4)) {
          String theirs =
              digest(
                  run(
                      c.getKey(),
                      dir,
                      List.of(
                          helm.binary().toString(),
                          "push",
                          archive.toString(),
                          remote + "/helm" + helm.majorVersion(),
                          "--plain-http")));
          if (!theirs.equals(ours)) {
            differences.add(
                "TZ="
                    + c.getKey()
                    + " mtime "
                    + mtime
                    + ": helm"
                    + helm.majorVersion()
                    + " "
                    + theirs
                    + ", client "
                    + ours
                    + " (Java's tzdb: "
                    + javaTime(c.getKey(), mtime)
                    + ")");
          }
        }
      }
    }
    System.out.printf(
        "created vs helm under TZ: %d zones, %d differences%n", CASES.size(), differences.size());
    assertThat(differences).isEmpty();
  }

  private static String javaTime(String tz, Instant mtime) {
    try {
      return OffsetDateTime.ofInstant(mtime, ZoneId.of(tz.replaceFirst("^:", ""))).toString();
    } catch (RuntimeException e) {
      return e.getMessage();
    }
  }

  private static String client(String tz, Path dir, Path archive, String remote) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return run(
        tz,
        dir,
        List.of(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "dev.helmoci.tck.client.internal.cli.HelmOciCli",
            "push",
            archive.toString(),
            remote,
            "--plain-http"));
  }

  // A process with its own homes (as HelmCli isolates helm) and TZ set: only the zone differs from
  // a plain run.
  private static String run(String tz, Path dir, List<String> command)
      throws IOException, InterruptedException {
    Path output = dir.resolve("output-" + System.nanoTime());
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    Map<String, String> env = pb.environment();
    env.keySet()
        .removeIf(k -> k.startsWith("HELM_") || k.startsWith("XDG_") || k.equals("DOCKER_CONFIG"));
    Path home = Files.createDirectories(dir.resolve("home"));
    env.put("HOME", home.toString());
    env.put("HELM_CONFIG_HOME", home.resolve("config").toString());
    env.put("HELM_CACHE_HOME", home.resolve("cache").toString());
    env.put("HELM_DATA_HOME", home.resolve("data").toString());
    env.put("DOCKER_CONFIG", home.resolve("docker").toString());
    env.put("TZ", tz);
    Process p = pb.start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(command + " timed out");
    }
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  private static String digest(String output) {
    return output
        .lines()
        .filter(l -> l.startsWith("Digest: "))
        .map(l -> l.substring(8).trim())
        .findFirst()
        .orElse("push failed: " + output);
  }
}
