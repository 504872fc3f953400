package dev.helmoci.tck.engine.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Helm versions a case applies to: space-separated comparisons that must all hold, such as
 * {@code ">=3.8.0 <5"}; a bare version such as {@code 4} means that major line. Missing parts count
 * as zero. Alternatives are joined by {@code ||} (any may hold), for a feature that a release line
 * lost and regained, such as {@code "<3.18.0 || >=3.20.0"}.
 */
public final class HelmVersionRange {

  public static final HelmVersionRange ANY = new HelmVersionRange("any", List.of());

  private static final Pattern VERSION = Pattern.compile("v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?.*");
  private static final Pattern TERM =
      Pattern.compile("(>=|<=|>|<|=)?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

  private final String text;
  private final List<Term> terms;
  private final List<HelmVersionRange> alternatives;

  private HelmVersionRange(String text, List<Term> terms) {
    this.text = text;
    this.terms = List.copyOf(terms);
    this.alternatives = List.of();
  }

  private HelmVersionRange(String text, List<HelmVersionRange> alternatives, boolean or) {
    this.text = text;
    this.terms = List.of();
    this.alternatives = List.copyOf(alternatives);
  }

  /** The range, or empty if {@code text} is not one (the caller reports where). */
  public static Optional<HelmVersionRange> parse(String text) {
    if (text.contains("||")) {
      List<HelmVersionRange> alternatives = new ArrayList<>();
      for (String part : text.split("\\|\\|", -1)) {
        Optional<HelmVersionRange> one = part.isBlank() ? Optional.empty() : conjunction(part);
        if (one.isEmpty()) {
          return Optional.empty();
        }
        alternatives.add(one.get());
      }
      return Optional.of(new HelmVersionRange(text.trim(), alternatives, true));
    }
    return conjunction(text);
  }

  private static Optional<HelmVersionRange> conjunction(String text) {
    List<Term> terms = new ArrayList<>();
    for (String part : text.trim().split("\\s+")) {
      Matcher matcher = TERM.matcher(part);
      if (!matcher.matches()) {
        return Optional.empty();
      }
      int[] version = {
        Integer.parseInt(matcher.group(2)), number(matcher.group(3)), number(matcher.group(4))
      };
      String op = matcher.group(1);
      if (op == null) {
        terms.add(new Term(">=", new int[] {version[0], 0, 0}));
        terms.add(new Term("<", new int[] {version[0] + 1, 0, 0}));
      } else {
        terms.add(new Term(op, version));
      }
    }
    return Optional.of(new HelmVersionRange(text.trim(), terms));
  }

  public boolean admits(String version) {
    if (!alternatives.isEmpty()) {
      return alternatives.stream().anyMatch(a -> a.admits(version));
    }
    Matcher matcher = VERSION.matcher(version.trim());
    if (!matcher.matches()) {
      return true; // an unparseable driver version must not silently disable cases
    }
    int[] v = {
      Integer.parseInt(matcher.group(1)), number(matcher.group(2)), number(matcher.group(3))
    };
    return terms.stream().allMatch(term -> term.holds(v));
  }

  /**
   * Whether any release of major line {@code major} is in range (for {@code helm:3} / {@code
   * helm:4} tags).
   */
  public boolean admitsMajor(int major) {
    if (!alternatives.isEmpty()) {
      return alternatives.stream().anyMatch(a -> a.admitsMajor(major));
    }
    // Bounds are versions, so probing each bound's neighbourhood inside the major line is
    // exhaustive enough.
    for (Term term : terms) {
      int[] v = term.version;
      for (int[] probe :
          new int[][] {
            {major, 0, 0},
            {major, v[1], v[2]},
            {major, v[1], v[2] + 1},
            {major, Math.max(0, v[1] - 1), 999},
            {major, 999, 999}
          }) {
        if (terms.stream().allMatch(t -> t.holds(probe))) {
          return true;
        }
      }
    }
    return terms.isEmpty();
  }

  private static int number(String group) {
    return group == null ? 0 : Integer.parseInt(group);
  }

  @Override
  public String toString() {
    return text;
  }

  private record Term(String op, int[] version) {

    boolean holds(int[] v) {
      int c = 0;
      for (int i = 0; i < 3 && c == 0; i++) {
        c = Integer.compare(v[i], version[i]);
      }
      switch (op) {
        case ">=":
          return c >= 0;
        case "<=":
          return c <= 0;
        case ">":
          return c > 0;
        case "<":
          return c < 0;
        default:
          return c == 0;
      }
    }
  }
}
