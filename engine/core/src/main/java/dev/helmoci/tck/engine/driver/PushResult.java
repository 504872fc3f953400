package dev.helmoci.tck.engine.driver;

/**
 * {@code reference} is {@code host/namespace/name:version}; {@code digest} the manifest digest Helm
 * printed.
 */
public record PushResult(String reference, String digest, String output) {}
