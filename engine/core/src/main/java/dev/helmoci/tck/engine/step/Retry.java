package dev.helmoci.tck.engine.step;

import java.time.Duration;

/**
 * Repeat a step until {@code until} holds (the step's own {@code expect} when absent), at most
 * {@code attempts} times.
 */
public record Retry(Expectations until, int attempts, Duration interval) {}
