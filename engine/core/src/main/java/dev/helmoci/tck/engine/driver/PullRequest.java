package dev.helmoci.tck.engine.driver;

import java.nio.file.Path;
import java.util.Optional;

/** {@code helm pull <reference> [--version] [--prov] -d <destination>}. */
public record PullRequest(
    String reference, Optional<String> version, Path destination, boolean provenance) {}
