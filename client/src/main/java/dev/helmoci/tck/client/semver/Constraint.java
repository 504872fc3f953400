package dev.helmoci.tck.client.semver;

import dev.helmoci.tck.client.internal.golang.Strconv;
import dev.helmoci.tck.client.internal.semver.Comparison;
import dev.helmoci.tck.client.internal.semver.SemverException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A version range with Masterminds/semver v3.5 {@code NewConstraint} grammar: {@code ||} groups of
 * comma- or space-separated terms with {@code = != > >= < <= ~ ~> ^}, wildcards {@code x X *} and
 * hyphen ranges. A prerelease version only matches a group that itself names a prerelease.
 */
public final class Constraint {
  private static final int MAX_LENGTH = 512;
  private static final int MAX_GROUPS = 32;
  private static final String WS = "[\\t\\n\\f\\r ]"; // Go's \s
  private static final String OPS = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^";
  private static final String CV =
      "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?"
          + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
          + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?";
  private static final Pattern TERM =
      Pattern.compile("^" + WS + "*(" + OPS + ")" + WS + "*(" + CV + ")" + WS + "*$");
  private static final Pattern RANGE =
      Pattern.compile(WS + "*(" + CV + ")" + WS + "+-" + WS + "+(" + CV + ")" + WS + "*");
  private static final Pattern FIND = Pattern.compile("(" + OPS + ")" + WS + "*(" + CV + ")");
  private static final Pattern VALID =
      Pattern.compile(
          "^(" + WS + "*(" + OPS + ")" + WS + "*(" + CV + ")" + WS + "*)((?:" + WS + "+|," + WS
              + "*)(" + OPS + ")" + WS + "*(" + CV + ")" + WS + "*)*$");

  private final List<List<Comparison>> groups;
  private final List<Boolean> groupHasPrerelease;

  private Constraint(List<List<Comparison>> groups, List<Boolean> groupHasPrerelease) {
    this.groups = groups;
    this.groupHasPrerelease = groupHasPrerelease;
  }

  /**
   * {@code NewConstraint}; errors carry Masterminds's text, e.g. {@code improper constraint:
   * "latest"}.
   */
  public static Constraint parse(String text) {
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
      throw new SemverException("constraint string is too long (max " + MAX_LENGTH + " bytes)");
    }
    String rewritten = rewriteRange(text);
    String[] ors = rewritten.split("\\|\\|", -1);
    if (ors.length > MAX_GROUPS) {
      throw new SemverException("too many constraint groups (max " + MAX_GROUPS + ")");
    }
    List<List<Comparison>> groups = new ArrayList<>();
    List<Boolean> hasPre = new ArrayList<>();
    for (String or : ors) {
      if (!VALID.matcher(or).matches()) {
        throw new SemverException("improper constraint: " + Strconv.quote(or));
      }
      List<String> terms = new ArrayList<>();
      Matcher find = FIND.matcher(or);
      while (find.find()) {
        terms.add(find.group());
      }
      if (terms.isEmpty()) {
        terms.add(or);
      }
      List<Comparison> group = new ArrayList<>();
      boolean pre = false;
      for (String term : terms) {
        Comparison c = parseTerm(term);
        pre |= c.hasPrerelease();
        group.add(c);
      }
      groups.add(List.copyOf(group));
      hasPre.add(pre);
    }
    return new Constraint(List.copyOf(groups), List.copyOf(hasPre));
  }

  /** {@code Check}: true when some group accepts {@code v} in all its terms. */
  public boolean check(Version v) {
    for (int i = 0; i < groups.size(); i++) {
      boolean includePre = groupHasPrerelease.get(i);
      if (groups.get(i).stream().allMatch(c -> c.check(v, includePre))) {
        return true;
      }
    }
    return false;
  }

  private static Comparison parseTerm(String term) {
    if (term.isEmpty()) {
      return new Comparison("", "", Version.parseStrict("0.0.0"), true, false, false);
    }
    Matcher m = TERM.matcher(term);
    if (!m.matches()) {
      throw new SemverException("improper constraint: " + Strconv.quote(term));
    }
    String op = m.group(1);
    String orig = m.group(2);
    String major = m.group(3);
    String minor = nullToEmpty(m.group(4));
    String patch = nullToEmpty(m.group(5));
    String pre = nullToEmpty(m.group(6));
    String ver = orig;
    boolean dirty = false;
    boolean minorDirty = false;
    boolean patchDirty = false;
    if (isX(major)) {
      ver = "0.0.0" + pre;
      dirty = true;
    } else if (isX(trimDot(minor)) || minor.isEmpty()) {
      minorDirty = true;
      dirty = true;
      ver = major + ".0.0" + pre;
    } else if (isX(trimDot(patch)) || patch.isEmpty()) {
      dirty = true;
      patchDirty = true;
      ver = major + minor + ".0" + pre;
    }
    Version con;
    try {
      con = Version.parse(ver);
    } catch (SemverException e) {
      throw new SemverException("constraint parser error");
    }
    return new Comparison(op, orig, con, dirty, minorDirty, patchDirty);
  }

  private static String rewriteRange(String text) {
    Matcher m = RANGE.matcher(text);
    String out = text;
    while (m.find()) {
      String replacement = ">= " + m.group(1) + ", <= " + m.group(11) + " ";
      int at = out.indexOf(m.group());
      out = out.substring(0, at) + replacement + out.substring(at + m.group().length());
    }
    return out;
  }

  private static boolean isX(String s) {
    return s.equals("x") || s.equals("X") || s.equals("*");
  }

  private static String trimDot(String s) {
    return s.startsWith(".") ? s.substring(1) : s;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Masterminds {@code String()}: terms joined by a space, groups by {@code " || "}. */
  @Override
  public String toString() {
    return groups.stream()
        .map(g -> g.stream().map(Comparison::toString).collect(Collectors.joining(" ")))
        .collect(Collectors.joining(" || "));
  }
}
