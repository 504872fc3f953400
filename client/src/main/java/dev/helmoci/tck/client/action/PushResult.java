package dev.helmoci.tck.client.action;

import dev.helmoci.tck.client.manifest.Descriptor;
import java.util.Optional;

/** What a chart push stored: the reference as Helm prints it and every descriptor. */
public record PushResult(
    String ref,
    Descriptor manifest,
    byte[] manifestBytes,
    Descriptor config,
    Descriptor chart,
    Optional<Descriptor> provenance) {}
