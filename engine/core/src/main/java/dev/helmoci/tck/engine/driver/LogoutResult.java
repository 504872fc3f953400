package dev.helmoci.tck.engine.driver;

/** What logout printed. */
public record LogoutResult(String output) {}
