package dev.helmoci.tck.engine.driver;

/** What show printed. */
public record ShowResult(String output) {}
