package dev.helmoci.tck.reports;

/** The six outcomes of a case, the same in every report. */
public enum Outcome {
  PASS, FAIL, UNSUPPORTED, DISABLED, ERROR, BLOCKED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
