package dev.helmoci.tck.engine.driver;

/** What login printed. */
public record LoginResult(String output) {}
