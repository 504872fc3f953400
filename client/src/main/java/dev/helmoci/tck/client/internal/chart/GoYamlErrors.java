package dev.helmoci.tck.client.internal.chart;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * A SnakeYAML syntax error in go-yaml v2's words, as sigs.k8s.io/yaml wraps them ({@code yaml.go}:
 * "error converting YAML to JSON: %v"). SnakeYAML and go-yaml are both ports of libyaml's scanner
 * and parser, so they stop at the same token; only the wording and the line rule differ. go-yaml's
 * {@code parser.fail} (go.yaml.in/yaml/v2 decode.go) prints the 0-based problem line, plus one for
 * scanner errors, falls back to the context line, and prints no line at all when that is 0.
 */
public final class GoYamlErrors {
  // SnakeYAML problem (prefix) -> go-yaml problem, scanner errors (scannerc.go).
  private static final List<Map.Entry<String, String>> SCANNER =
      List.of(
          Map.entry(
              "mapping values are not allowed here",
              "mapping values are not allowed in this context"),
          Map.entry(
              "mapping keys are not allowed here", "mapping keys are not allowed in this context"),
          Map.entry(
              "sequence entries are not allowed here",
              "block sequence entries are not allowed in this context"),
          Map.entry("found character", "found character that cannot start any token"),
          Map.entry("could not find expected ':'", "could not find expected ':'"),
          Map.entry("found unexpected end of stream", "found unexpected end of stream"),
          Map.entry("found unknown escape character", "found unknown escape character"),
          Map.entry("found unexpected document separator", "found unexpected document indicator"),
          Map.entry(
              "expected alphabetic or numeric character",
              "did not find expected alphabetic or numeric character"),
          Map.entry(
              "expected a comment or a line break", "did not find expected comment or line break"),
          Map.entry(
              "expected indentation indicator in the range 1-9",
              "found an indentation indicator equal to 0"),
          Map.entry("expected escape sequence of", "did not find expected hexdecimal number"),
          Map.entry("found undefined tag handle", "found undefined tag handle"),
          Map.entry("found duplicate YAML directive", "found duplicate %YAML directive"));

  // SnakeYAML context + problem (prefix) -> go-yaml problem, parser errors (parserc.go).
  private static final List<Map.Entry<String, String>> PARSER =
      List.of(
          Map.entry(
              "while parsing a block mapping|expected <block end>", "did not find expected key"),
          Map.entry(
              "while parsing a block collection|expected <block end>",
              "did not find expected '-' indicator"),
          Map.entry("|expected ',' or ']'", "did not find expected ',' or ']'"),
          Map.entry("|expected ',' or '}'", "did not find expected ',' or '}'"),
          Map.entry("|expected the node content", "did not find expected node content"),
          Map.entry("|expected '<document start>'", "did not find expected <document start>"),
          Map.entry("|found undefined tag handle", "found undefined tag handle"),
          Map.entry("|found duplicate YAML directive", "found duplicate %YAML directive"));

  private GoYamlErrors() {}

  /** The text of {@code e} as helm prints it after "cannot load Chart.yaml: ". */
  static String describe(MarkedYAMLException e, String document) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    if (e instanceof ComposerException && problem.startsWith("found undefined alias ")) {
      // decode.go: failf("unknown anchor '%s' referenced"), no line.
      return wrap(
          "unknown anchor '"
              + problem.substring("found undefined alias ".length()).trim()
              + "' referenced");
    }
    if (e instanceof org.yaml.snakeyaml.constructor.ConstructorException
        && problem.startsWith("expected a mapping")
        && problem.contains("for merging")) {
      // decode.go, d.merge: no line.
      return wrap("map merge requires map or sequence of maps as the value");
    }
    boolean scanner = e instanceof ScannerException;
    String words =
        scanner
            ? scannerWords(problem, e.getProblemMark(), document)
            : parserWords(e.getContext(), problem);
    return wrap(where(e, scanner) + words);
  }

  private static String wrap(String goYaml) {
    return "error converting YAML to JSON: yaml: " + goYaml;
  }

  private static String where(MarkedYAMLException e, boolean scanner) {
    int line = 0;
    Mark problem = e.getProblemMark();
    Mark context = e.getContextMark();
    if (problem != null && problem.getLine() != 0) {
      line = problem.getLine() + (scanner ? 1 : 0);
    } else if (context != null && context.getLine() != 0) {
      line = context.getLine();
    }
    return line == 0 ? "" : "line " + line + ": ";
  }

  private static String scannerWords(String problem, Mark mark, String document) {
    if (problem.startsWith("found character '\\t(TAB)'") && mark != null) {
      // scannerc.go: a tab in the indentation of a block scalar's line, or in the leading blanks of
      // the line
      // after a plain scalar, has words of its own.
      if (inBlockScalar(document, mark)) {
        return "found a tab character where an indentation space is expected";
      }
      if (continuesPlainScalar(document, mark)) {
        return "found a tab character that violates indentation";
      }
    }
    return translate(SCANNER, problem, problem);
  }

  private static String parserWords(String context, String problem) {
    for (Map.Entry<String, String> e : PARSER) {
      String[] key = e.getKey().split("\\|", 2);
      if ((key[0].isEmpty() || key[0].equals(context)) && problem.startsWith(key[1])) {
        return e.getValue();
      }
    }
    return problem;
  }

  private static String translate(
      List<Map.Entry<String, String>> table, String problem, String fallback) {
    for (Map.Entry<String, String> e : table) {
      if (problem.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return fallback;
  }

  // Walking up from the tab's line: a block scalar's header is less indented than every line of its
  // content, so
  // the first line less indented than all below it that ends in a header ('|' or '>' with
  // indicators) owns them.
  private static boolean inBlockScalar(String document, Mark mark) {
    String before =
        document
            .codePoints()
            .limit(mark.getIndex())
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    List<String> lines =
        before.substring(0, Math.max(before.lastIndexOf('\n'), 0)).lines().toList();
    int below = Integer.MAX_VALUE;
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      if (indent >= below) {
        continue;
      }
      if (line.matches(".*(^|[ \t])[|>][-+0-9]*[ \t]*(#.*)?")) {
        return true;
      }
      if (indent == 0) {
        return false;
      }
      below = indent;
    }
    return false;
  }

  // go-yaml meets the tab while folding a plain scalar when only blanks and line breaks separate
  // the tab from
  // text that ended a plain scalar: a line whose last token is neither an indicator nor a quoted
  // scalar, with no
  // comment after it (a comment ends the scalar, and the next line then starts a new token).
  private static boolean continuesPlainScalar(String document, Mark mark) {
    int[] cps = document.codePoints().toArray();
    int i = Math.min(mark.getIndex(), cps.length) - 1;
    boolean sawBreak = false;
    while (i >= 0 && (cps[i] == ' ' || cps[i] == '\t' || cps[i] == '\n' || cps[i] == '\r')) {
      sawBreak |= cps[i] == '\n' || cps[i] == '\r';
      i--;
    }
    if (i < 0 || !sawBreak) {
      return false;
    }
    int lineStart = i;
    while (lineStart > 0 && cps[lineStart - 1] != '\n' && cps[lineStart - 1] != '\r') {
      lineStart--;
    }
    String line = new String(cps, lineStart, i - lineStart + 1);
    if (line.matches(".*(^|[ \\t])#.*")) {
      return false;
    }
    String last = line.strip();
    char end = last.charAt(last.length() - 1);
    return ":-|>[]{},\"'".indexOf(end) < 0 && !last.startsWith("#");
  }
}
