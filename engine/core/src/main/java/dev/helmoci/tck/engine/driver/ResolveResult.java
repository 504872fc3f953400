package dev.helmoci.tck.engine.driver;

/** The resolved manifest. */
public record ResolveResult(String digest, String mediaType, long size) {}
