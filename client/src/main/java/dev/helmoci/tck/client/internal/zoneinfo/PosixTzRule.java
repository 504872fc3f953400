package dev.helmoci.tck.client.internal.zoneinfo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TZif footer, the POSIX TZ rule Go's {@code tzset} (src/time/zoneinfo.go) applies after the last
 * transition: {@code std offset [dst [offset] [,start[/time],end[/time]]]}, offsets west-positive,
 * rules as {@code Jn}, {@code n} or {@code Mm.w.d}, a missing rule pair meaning {@code
 * M3.2.0,M11.1.0}.
 */
public final class PosixTzRule {
  private static final String NAME = "(?:<[^>]*>|[A-Za-z]{3,})";
  private static final String OFFSET = "([+-]?\\d{1,3}(?::\\d{1,2}(?::\\d{1,2})?)?)";
  private static final String RULE =
      "(J\\d{1,3}|\\d{1,3}|M\\d{1,2}\\.\\d\\.\\d)(?:/" + OFFSET + ")?";
  private static final Pattern TZ =
      Pattern.compile(NAME + OFFSET + "(?:" + NAME + OFFSET + "?(?:," + RULE + "," + RULE + ")?)?");

  private final int std;
  private final Integer dst;
  private final String startRule;
  private final int startTime;
  private final String endRule;
  private final int endTime;

  private PosixTzRule(
      int std, Integer dst, String startRule, int startTime, String endRule, int endTime) {
    this.std = std;
    this.dst = dst;
    this.startRule = startRule;
    this.startTime = startTime;
    this.endRule = endRule;
    this.endTime = endTime;
  }

  static Optional<PosixTzRule> parse(String tz) {
    Matcher m = TZ.matcher(tz);
    if (!m.matches()) {
      return Optional.empty(); // Go's tzset fails too and keeps the last transition's zone
    }
    int std = -seconds(m.group(1));
    boolean hasDst = tz.length() > m.end(1);
    if (!hasDst) {
      return Optional.of(new PosixTzRule(std, null, null, 0, null, 0));
    }
    int dst = m.group(2) == null ? std + 3600 : -seconds(m.group(2));
    if (m.group(3) == null) {
      return Optional.of(new PosixTzRule(std, dst, "M3.2.0", 7200, "M11.1.0", 7200));
    }
    return Optional.of(
        new PosixTzRule(
            std,
            dst,
            m.group(3),
            m.group(4) == null ? 7200 : seconds(m.group(4)),
            m.group(5),
            m.group(6) == null ? 7200 : seconds(m.group(6))));
  }

  int offsetAt(long epochSecond) {
    if (dst == null) {
      return std;
    }
    int year = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86400)).getYear();
    long yearStart = LocalDate.of(year, 1, 1).toEpochDay() * 86400;
    long ysec = epochSecond - yearStart;
    long start = ruleTime(year, startRule) + startTime - std;
    long end = ruleTime(year, endRule) + endTime - dst;
    if (end < start) { // southern hemisphere: DST spans the turn of the year
      return ysec < end || ysec >= start ? dst : std;
    }
    return ysec >= start && ysec < end ? dst : std;
  }

  // Seconds from the start of the year to 00:00 of the rule's day (tzruleTime).
  private static long ruleTime(int year, String rule) {
    if (rule.startsWith("J")) {
      int day = Integer.parseInt(rule.substring(1));
      return (day - 1 + (Year.isLeap(year) && day >= 60 ? 1 : 0)) * 86400L;
    }
    if (!rule.startsWith("M")) {
      return Integer.parseInt(rule) * 86400L;
    }
    String[] mwd = rule.substring(1).split("\\.");
    int month = Integer.parseInt(mwd[0]);
    int week = Integer.parseInt(mwd[1]);
    DayOfWeek dow = DayOfWeek.of(Integer.parseInt(mwd[2]) == 0 ? 7 : Integer.parseInt(mwd[2]));
    LocalDate first = LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(dow));
    LocalDate day = first.plusWeeks(week - 1L);
    if (day.getMonthValue() != month) {
      day = day.minusWeeks(1);
    }
    return (day.getDayOfYear() - 1) * 86400L;
  }

  // [+-]hh[:mm[:ss]], the POSIX sign: positive is west of Greenwich.
  private static int seconds(String text) {
    int sign = text.startsWith("-") ? -1 : 1;
    String[] parts = text.replaceFirst("^[+-]", "").split(":");
    int s = Integer.parseInt(parts[0]) * 3600;
    if (parts.length > 1) {
      s += Integer.parseInt(parts[1]) * 60;
    }
    if (parts.length > 2) {
      s += Integer.parseInt(parts[2]);
    }
    return sign * s;
  }
}
