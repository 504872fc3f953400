package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.chart.Dependency;
import dev.helmoci.tck.client.chart.LoaderWarning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A {@code file://} dependency: Helm's {@code resolver.GetLocalPath} and the chart directory it
 * names.
 */
public final class LocalDependency {
  private static final String SCHEME = "file://";

  private LocalDependency() {}

  static boolean isLocal(Dependency d) {
    return d.repository().startsWith(SCHEME);
  }

  /**
   * An absolute path as is, a relative one against the chart; {@code directory <p> not found}
   * otherwise.
   */
  static Path path(Dependency d, Path chartDir) {
    String p = d.repository().substring(SCHEME.length());
    Path dir =
        p.startsWith("/")
            ? Path.of(p).toAbsolutePath().normalize()
            : chartDir.resolve(p).normalize();
    if (!Files.exists(dir)) {
      throw new HelmException("directory " + dir + " not found");
    }
    return dir;
  }

  static ChartArchive load(Dependency d, Path chartDir) throws IOException {
    return load(d, chartDir, w -> {});
  }

  /** Loads the directory as Helm's LoadDir does, its loader warnings to {@code warnings}. */
  static ChartArchive load(Dependency d, Path chartDir, Consumer<LoaderWarning> warnings)
      throws IOException {
    return ChartDirectory.load(path(d, chartDir), true, warnings);
  }
}
