package dev.helmoci.tck.engine.suite;

/** RFC 2119 strength of the Helm behaviour a case checks. */
public enum Level {
  MUST,
  SHOULD,
  MAY
}
