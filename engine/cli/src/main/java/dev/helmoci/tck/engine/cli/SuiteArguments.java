package dev.helmoci.tck.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * Turns a command-line suite argument ({@code dir}, {@code file}, {@code file:LINE}) into a
 * selector.
 */
final class SuiteArguments {
  private static final Pattern FILE_LINE = Pattern.compile("(.+):(\\d{1,9})");

  private SuiteArguments() {}

  static DiscoverySelector selector(String argument) {
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      return DiscoverySelectors.selectDirectory(path.toFile());
    }
    Matcher m = FILE_LINE.matcher(argument);
    if (!Files.exists(path) && m.matches() && Files.isRegularFile(Path.of(m.group(1)))) {
      long lines = lineCount(Path.of(m.group(1)));
      if (Long.parseLong(m.group(2)) < 1 || Long.parseLong(m.group(2)) > lines) {
        throw new IllegalArgumentException(
            m.group(1) + " has " + lines + " lines; there is no line " + m.group(2));
      }
      // The engine's URI resolver picks the case at or containing that line.
      return DiscoverySelectors.selectUri(
          Path.of(m.group(1)).toAbsolutePath().toUri() + "?line=" + m.group(2));
    }
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no such suite file or directory: " + argument);
    }
    return DiscoverySelectors.selectFile(path.toFile());
  }

  private static long lineCount(Path file) {
    try (java.util.stream.Stream<String> lines =
        Files.lines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      return lines.count();
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
