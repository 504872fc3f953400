package dev.helmoci.tck.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/** A directory selects every {@code *.suite.yaml} below it, in path order. */
final class DirectoryResolver implements SelectorResolver {

  @Override
  public Resolution resolve(DirectorySelector selector, Context context) {
    Path directory = selector.getPath();
    if (!Files.isDirectory(directory)) {
      return Resolution.unresolved();
    }
    Set<DiscoverySelector> files;
    try (Stream<Path> paths = Files.walk(directory)) {
      files =
          paths
              .filter(Files::isRegularFile)
              .filter(path -> path.getFileName().toString().endsWith(Constants.SUITE_FILE_SUFFIX))
              .sorted()
              .map(path -> DiscoverySelectors.selectFile(path.toFile()))
              .collect(Collectors.toCollection(LinkedHashSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list suites under " + directory, e);
    }
    return files.isEmpty() ? Resolution.unresolved() : Resolution.selectors(files);
  }
}
