package dev.helmoci.tck.engine.suite;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a suite file lives: a file ({@code file:} URI) or a classpath resource (name without
 * leading slash). Fixtures named in the suite are resolved next to it.
 */
public record SuiteLocation(URI uri, Optional<Path> file, Optional<String> classpathResource) {

  public static SuiteLocation ofFile(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return new SuiteLocation(absolute.toUri(), Optional.of(absolute), Optional.empty());
  }

  public static SuiteLocation ofClasspath(String resourceName) {
    String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
    return new SuiteLocation(URI.create("classpath:/" + name), Optional.empty(), Optional.of(name));
  }

  /** The file name, as used in {@code name.suite.yaml:12:5:} messages. */
  public String fileName() {
    String path = file.map(Path::toString).orElseGet(classpathResource::get);
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  /** A sibling of the suite file named by a relative path from the suite. */
  public String siblingResource(String relative) {
    String name = classpathResource.orElseThrow();
    int slash = name.lastIndexOf('/');
    return URI.create("classpath:/" + (slash < 0 ? "" : name.substring(0, slash + 1)))
        .resolve(relative)
        .getPath()
        .substring(1);
  }

  @Override
  public String toString() {
    return uri.toString();
  }
}
