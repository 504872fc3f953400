package dev.helmoci.tck.engine.driver;

import java.nio.file.Path;
import java.util.List;

/** Archives written to {@code charts/} and what Helm printed. */
public record DependencyUpdateResult(List<Path> downloaded, String output) {

  public DependencyUpdateResult {
    downloaded = List.copyOf(downloaded);
  }
}
