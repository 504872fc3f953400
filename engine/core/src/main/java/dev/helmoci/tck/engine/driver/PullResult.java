package dev.helmoci.tck.engine.driver;

import java.nio.file.Path;

/** The downloaded archive and the manifest digest Helm printed. */
public record PullResult(Path chart, String digest, String output) {}
