package dev.helmoci.tck.engine.yaml;

/** Something wrong in a suite file, with where it is. */
public record YamlProblem(SourcePosition position, String message) {

  /**
   * Formats as compilers do, so terminals and IDEs can link it: {@code file:line:column: message}.
   */
  public String format(String fileName) {
    return fileName + ":" + position + ": " + message;
  }
}
