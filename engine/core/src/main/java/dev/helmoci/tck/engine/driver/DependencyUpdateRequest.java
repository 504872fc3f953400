package dev.helmoci.tck.engine.driver;

import java.nio.file.Path;

/** {@code helm dependency update <chartDirectory>}. */
public record DependencyUpdateRequest(Path chartDirectory) {}
