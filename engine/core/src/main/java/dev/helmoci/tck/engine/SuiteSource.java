package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.suite.SuiteLocation;
import dev.helmoci.tck.engine.yaml.SourcePosition;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * Turns a suite location and a YAML position into the {@link TestSource} IDEs use to jump to the
 * line.
 */
final class SuiteSource {

  private SuiteSource() {}

  static TestSource of(SuiteLocation location, SourcePosition position) {
    FilePosition filePosition = FilePosition.from(position.line(), position.column());
    if (location.file().isPresent()) {
      return FileSource.from(location.file().get().toFile(), filePosition);
    }
    return ClasspathResourceSource.from(location.classpathResource().orElseThrow(), filePosition);
  }
}
