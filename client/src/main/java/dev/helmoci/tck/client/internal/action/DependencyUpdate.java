package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.action.Messages;
import dev.helmoci.tck.client.chart.Dependency;
import dev.helmoci.tck.client.internal.reference.OciReferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code helm dependency update} for dependencies whose {@code repository} is {@code oci://…}:
 * resolve each version, download {@code charts/<name>-<version>.tgz}, write {@code Chart.lock}.
 */
public final class DependencyUpdate {
  private final DependencyResolver resolver;
  private final ChartLocator locator;
  private final ChartPull puller;
  private final Messages out;

  public DependencyUpdate(
      DependencyResolver resolver, ChartLocator locator, ChartPull puller, Messages out) {
    this.resolver = resolver;
    this.locator = locator;
    this.puller = puller;
    this.out = out;
  }

  /** Returns the archives written into {@code charts/}. */
  public List<Path> update(Path chartDir) throws IOException {
    List<Dependency> requested =
        ChartDirectory.load(chartDir, out::loaderWarning).metadata().dependencies();
    if (requested.isEmpty()) {
      return List.of();
    }
    for (Dependency d : requested) {
      if (LocalDependency.isLocal(d)) {
        LocalDependency.path(d, chartDir); // Helm checks every local path before resolving anything
      } else if (!OciReferences.isOci(d.repository())) {
        throw new HelmException(
            "the reference client updates only oci:// and file:// dependencies; \""
                + d.name()
                + "\" comes from "
                + (d.repository().isEmpty() ? "no repository" : d.repository()));
      }
    }
    // Helm's resolver and tarFromLocalDir each load a file:// chart, so its loader warnings come
    // twice.
    List<Dependency> locked = resolver.resolve(requested, chartDir, out::loaderWarning);

    out.out("Saving " + locked.size() + " charts");
    Path charts = Files.createDirectories(chartDir.resolve("charts"));
    List<Path> written = new ArrayList<>();
    for (Dependency d : locked) {
      if (LocalDependency.isLocal(
          d)) { // tarFromLocalDir: archived silently (Helm prints it only with --debug)
        written.add(
            Files.write(
                charts.resolve(d.name() + "-" + d.version() + ".tgz"),
                ChartSave.save(LocalDependency.load(d, chartDir, out::loaderWarning))));
        continue;
      }
      out.out("Downloading " + d.name() + " from repo " + d.repository());
      // Helm splits the version off the reference (parseOCIRef) and pulls name + --version.
      String chartUrl = d.repository() + "/" + d.name();
      Path archive = charts.resolve(d.name() + "-" + d.version() + ".tgz");
      try {
        // Streamed to disk, digest checked on the fly: a dependency of any size costs a buffer.
        puller.pullTo(locator.locate(chartUrl, d.version()), archive);
      } catch (IOException | HelmException e) {
        String message = "could not download " + chartUrl + ": " + e.getMessage();
        out.out("Save error occurred:  " + message);
        throw new HelmException(message, e);
      }
      written.add(archive);
    }
    out.out("Deleting outdated charts");
    deleteOthers(charts, written);
    ChartLock.write(chartDir.resolve("Chart.lock"), requested, locked);
    return written;
  }

  private static void deleteOthers(Path charts, List<Path> keep) throws IOException {
    Set<Path> kept = new TreeSet<>(keep);
    try (Stream<Path> files = Files.list(charts)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (p.getFileName().toString().endsWith(".tgz") && !kept.contains(p)) {
          Files.delete(p);
        }
      }
    }
  }
}
