package dev.helmoci.tck.client.interop;

import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The chart sources under {@code src/test/resources/corpus}, packaged by real helm. A directory
 * named {@code <name>.tgz.d} under a {@code charts/} directory is packaged first (by helm, deepest
 * first) and replaced by its archive, so a corpus chart can carry archived subcharts without binary
 * files in git. A chart with a file {@code ARCHIVED-BY-TEST} (which says why) is archived by the
 * test instead, without that file.
 */
final class ChartCorpus {
  private static final String ARCHIVED_BY_TEST = "ARCHIVED-BY-TEST";

  private ChartCorpus() {}

  static List<Path> sources() throws IOException, URISyntaxException {
    Path root = Path.of(ChartCorpus.class.getResource("/corpus").toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  /**
   * Copies {@code source} under {@code work}, packages it with {@code helm}, returns the archive.
   */
  static Path packageWith(HelmCli helm, Path source, Path work) throws IOException {
    Path copy = work.resolve("src").resolve(source.getFileName().toString());
    copyTree(source, copy);
    if (Files.deleteIfExists(copy.resolve(ARCHIVED_BY_TEST))) {
      String name = source.getFileName().toString();
      String chartYaml = Files.readString(copy.resolve("Chart.yaml"));
      String version =
          chartYaml
              .lines()
              .filter(l -> l.startsWith("version: "))
              .findFirst()
              .orElseThrow()
              .substring("version: ".length())
              .trim();
      return ChartTarball.fromDirectory(name, copy)
          .writeTo(
              Files.createDirectories(work.resolve("packaged")), name + "-" + version + ".tgz");
    }
    List<Path> nested;
    try (Stream<Path> walk = Files.walk(copy)) {
      nested =
          walk.filter(p -> Files.isDirectory(p) && p.getFileName().toString().endsWith(".tgz.d"))
              .sorted(Comparator.comparingInt(Path::getNameCount).reversed())
              .toList();
    }
    for (Path dir : nested) {
      run(helm, dir, dir.getParent());
      deleteTree(dir);
    }
    return run(helm, copy, Files.createDirectories(work.resolve("packaged")));
  }

  private static Path run(HelmCli helm, Path chartDir, Path destination) {
    HelmResult r =
        helm.run(
                "package",
                chartDir.toAbsolutePath().toString(),
                "-d",
                destination.toAbsolutePath().toString())
            .requireSuccess();
    String marker = "saved it to: ";
    String out = r.stdout();
    return Path.of(out.substring(out.indexOf(marker) + marker.length()).trim());
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Every path under {@code root} (directories with a trailing {@code /}) and each file's bytes.
   */
  static List<String> tree(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.exists(root)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted().toList()) {
        String name = root.relativize(p).toString();
        out.add(
            Files.isDirectory(p)
                ? name + "/"
                : name
                    + " "
                    + java.util.HexFormat.of()
                        .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(p))));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
