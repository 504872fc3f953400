package dev.helmoci.tck.engine.run;

import dev.helmoci.tck.engine.target.TargetSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a run needs from the configuration. {@code namespace} is the repository prefix every case
 * writes under, unique per run ({@code [<configured namespace>/]tck-<run id>}).
 */
public record RunSettings(
    String runId,
    String namespace,
    String targetProvider,
    TargetSettings target,
    String driver,
    Duration stepTimeout,
    Path outputDirectory,
    Function<String, Optional<String>> parameters) {}
