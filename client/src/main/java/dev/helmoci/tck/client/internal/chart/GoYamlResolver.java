package dev.helmoci.tck.client.internal.chart;

import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether go-yaml v2 (go.yaml.in/yaml/v2 v2.4.4, under sigs.k8s.io/yaml v1.6.0 in Helm 3.22 and
 * 4.3) would read a plain scalar back as something other than a string: its {@code resolve} table
 * (YAML 1.1 booleans including y/n, nulls, .inf/.nan, {@code <<} only after a known first
 * character), timestamps, Go integer and float syntax, and YAML 1.1 base-60 numbers ({@code
 * isBase60Float} in encode.go). A string that is not plain-safe is emitted double-quoted.
 */
public final class GoYamlResolver {
  private static final Set<String> KEYWORDS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no",
          "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "", "~", "null", "Null",
          "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
          "-.inf", "-.Inf", "-.INF", "<<");
  // resolve.go's table: only these first characters lead to any lookup at all.
  private static final String HINTED = "+-0123456789yYnNtTfFoO~.";
  private static final Pattern YAML_FLOAT =
      Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
  private static final Pattern DOT_FLOAT = Pattern.compile("^\\.[0-9]+([eE][-+]?[0-9]+)?$");
  private static final Pattern BASE60 =
      Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");
  // The four layouts of allowedTimestampFormats, as Go's time.Parse reads them (1-2 digit fields).
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
              + "(?:([Tt ])([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:[.,][0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$");
  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger UINT64_MAX =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private GoYamlResolver() {}

  /** The tag go-yaml v2's {@code resolve("", s)} gives a plain scalar. */
  enum Kind {
    STR,
    BOOL,
    NULL,
    INT,
    FLOAT,
    TIMESTAMP
  }

  /** {@code resolve("", s) == !!str && !isBase60Float(s)}: the string may be written plain. */
  static boolean plainIsString(String s) {
    return resolve(s) == Kind.STR && !(s.indexOf(':') >= 0 && BASE60.matcher(s).matches());
  }

  static Kind resolve(String s) {
    if (s.isEmpty()) {
      return Kind.NULL;
    }
    char c = s.charAt(0);
    if (HINTED.indexOf(c) < 0) {
      return Kind.STR;
    }
    if (KEYWORDS.contains(s)) {
      return s.equals("~") || s.equalsIgnoreCase("null")
          ? Kind.NULL
          : s.startsWith(".") || s.startsWith("+.") || s.startsWith("-.") ? Kind.FLOAT : Kind.BOOL;
    }
    if (c == '.') {
      return DOT_FLOAT.matcher(s).matches() ? Kind.FLOAT : Kind.STR;
    }
    if (c != '+' && c != '-' && (c < '0' || c > '9')) {
      return Kind.STR;
    }
    if (isTimestamp(s)) {
      return Kind.TIMESTAMP;
    }
    String plain = s.replace("_", "");
    if (goInteger(plain) != null) {
      return Kind.INT;
    }
    return YAML_FLOAT.matcher(plain).matches() && finite(plain) ? Kind.FLOAT : Kind.STR;
  }

  /**
   * The value of a scalar {@link #resolve} calls INT: a Long, or a BigInteger beyond int64
   * (uint64).
   */
  static Number integer(String s) {
    return goInteger(s.replace("_", ""));
  }

  // strconv.ParseInt(s, 0, 64), else ParseUint(s, 0, 64); null when both fail.
  private static Number goInteger(String s) {
    String body = s;
    boolean signed = false;
    if (body.startsWith("+") || body.startsWith("-")) {
      signed = true;
      body = body.substring(1);
    }
    int radix = 10;
    String digits = body;
    String lower = body.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("0x")) {
      radix = 16;
      digits = body.substring(2);
    } else if (lower.startsWith("0o")) {
      radix = 8;
      digits = body.substring(2);
    } else if (lower.startsWith("0b")) {
      radix = 2;
      digits = body.substring(2);
    } else if (body.startsWith("0") && body.length() > 1) {
      radix = 8;
      digits = body.substring(1);
    }
    int base = radix;
    if (digits.isEmpty()
        || !digits.chars().allMatch(ch -> ch < 128 && Character.digit(ch, base) >= 0)) {
      return null;
    }
    BigInteger value = new BigInteger(digits, radix);
    if (s.startsWith("-")) {
      value = value.negate();
    }
    if (value.compareTo(INT64_MIN) >= 0 && value.compareTo(INT64_MAX) <= 0) {
      return value.longValue();
    }
    return !signed && value.signum() >= 0 && value.compareTo(UINT64_MAX) <= 0 ? value : null;
  }

  // strconv.ParseFloat fails with ErrRange on overflow, which resolve treats as "not a float".
  private static boolean finite(String s) {
    return !Double.isInfinite(Double.parseDouble(s));
  }

  private static boolean isTimestamp(String s) {
    Matcher m = TIMESTAMP.matcher(s);
    if (!m.matches()) {
      return false;
    }
    String sep = m.group(4);
    if (sep != null && (sep.equals(" ") == (m.group(8) != null))) {
      return false; // "T" layouts need a zone, the space layout allows none
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1
        || month > 12
        || day < 1
        || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return false;
    }
    return sep == null
        || (Integer.parseInt(m.group(5)) < 24
            && Integer.parseInt(m.group(6)) < 60
            && Integer.parseInt(m.group(7)) < 60);
  }
}
