package dev.helmoci.tck.engine.driver;

import java.nio.file.Path;
import java.util.Optional;

/** {@code helm push <chart> <remote>}: {@code remote} is {@code oci://host/namespace}. */
public record PushRequest(Path chart, String remote, Optional<Path> provenance) {}
