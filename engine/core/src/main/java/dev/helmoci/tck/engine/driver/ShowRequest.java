package dev.helmoci.tck.engine.driver;

import java.util.Optional;

/**
 * {@code helm show <what> <reference> [--version]}; {@code what} is chart, values, readme, crds or
 * all.
 */
public record ShowRequest(String what, String reference, Optional<String> version) {}
