package dev.helmoci.tck.engine.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What a cleanup did, line by line ({@code deleted …}, {@code gone …}, {@code kept …: why}, {@code
 * would delete …}), with its counts. Every line passes through the redaction the caller gives, then
 * to the caller's sink.
 */
public final class CleanupReport {
  private final List<String> lines = new ArrayList<>();
  private final UnaryOperator<String> redact;
  private final Consumer<String> sink;
  private int deleted;
  private int kept;
  private int gone;

  public CleanupReport(UnaryOperator<String> redact, Consumer<String> sink) {
    this.redact = redact;
    this.sink = sink;
  }

  synchronized void deleted(String what) {
    deleted++;
    line("deleted " + what);
  }

  synchronized void gone(String what) {
    gone++;
    line("gone " + what + " (already deleted)");
  }

  synchronized void kept(String what, String why) {
    kept++;
    line("kept " + what + ": " + why);
  }

  synchronized void planned(String what) {
    line("would delete " + what);
  }

  public synchronized void note(String text) {
    line(text);
  }

  private void line(String text) {
    String redacted = redact.apply(text);
    lines.add(redacted);
    sink.accept(redacted);
  }

  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  public synchronized int deleted() {
    return deleted;
  }

  /** What could not be deleted (each has a {@code kept} line saying why). */
  public synchronized int kept() {
    return kept;
  }

  public synchronized String summary() {
    return deleted + " deleted, " + gone + " already gone, " + kept + " could not be deleted";
  }
}
