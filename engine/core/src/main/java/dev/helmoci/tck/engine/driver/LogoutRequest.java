package dev.helmoci.tck.engine.driver;

/** {@code helm registry logout}. */
public record LogoutRequest(String registry) {}
