package dev.amba.internal.content;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;

/**
 * A content schedule's cron (amba-api-modules.md 28.4 #2): five fields, minute hour day-of-month
 * month day-of-week, each {@code *}, a number, a range {@code a-b}, a step {@code * /n} or
 * {@code a-b/n}, or a comma list of those; day-of-week takes 0-7 (0 and 7 Sunday) or {@code MON} to
 * {@code SUN}. The SDK checks a cron with it before sending and the emulator computes ticks with
 * it, so the two never disagree on what a cron means.
 *
 * <p>X: names are read in any case; when both day fields are restricted a day matches either (the
 * classic cron rule); ticks are whole minutes of local time in the schedule's zone, so a local time
 * a DST gap skips has no tick and one an overlap repeats ticks once, at its earlier offset.
 */
public final class Cron {

  /** How far ahead a tick is looked for; a cron with none in that time (Feb 30) never ticks. */
  private static final int HORIZON_YEARS = 8;
  private static final Map<String, Integer> DAY_NAMES = Map.of("SUN", 0, "MON", 1, "TUE", 2, "WED", 3, "THU", 4,
      "FRI", 5, "SAT", 6);

  private final String text;
  private final BitSet minutes;
  private final BitSet hours;
  private final BitSet days;
  private final BitSet months;
  private final BitSet weekdays;
  private final boolean anyDay;
  private final boolean anyWeekday;

  private Cron(String text, String[] f) {
    this.text = text;
    this.minutes = field(f[0], 0, 59, "minute", false);
    this.hours = field(f[1], 0, 23, "hour", false);
    this.days = field(f[2], 1, 31, "day of month", false);
    this.months = field(f[3], 1, 12, "month", false);
    BitSet w = field(f[4], 0, 7, "day of week", true);
    if (w.get(7)) {
      w.set(0);
      w.clear(7);
    }
    this.weekdays = w;
    this.anyDay = f[2].equals("*");
    this.anyWeekday = f[4].equals("*");
  }

  /**
   * @throws IllegalArgumentException saying what is wrong, for anything but five valid fields
   */
  public static Cron parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("cron must be five fields (minute hour day month weekday), got "
          + (text == null ? "null" : "blank text"));
    }
    String[] f = text.trim().split("\\s+");
    if (f.length != 5) {
      throw new IllegalArgumentException("cron must be five fields (minute hour day month weekday), got " + f.length
          + " in \"" + shown(text) + '"');
    }
    return new Cron(text.trim(), f);
  }

  /** The first tick strictly after {@code after}, or null when there is none within the horizon. */
  public Instant next(Instant after, ZoneId zone) {
    ZonedDateTime t = after.atZone(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    int lastYear = t.getYear() + HORIZON_YEARS;
    while (t.getYear() <= lastYear) {
      if (!months.get(t.getMonthValue())) {
        t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
      } else if (!dayMatches(t)) {
        t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
      } else if (!hours.get(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!minutes.get(t.getMinute())) {
        t = t.plusMinutes(1);
      } else {
        return t.toInstant();
      }
    }
    return null;
  }

  /** The first tick at or after {@code from}. */
  public Instant atOrAfter(Instant from, ZoneId zone) {
    return next(from.minusNanos(1), zone);
  }

  private boolean dayMatches(ZonedDateTime t) {
    boolean day = days.get(t.getDayOfMonth());
    boolean weekday = weekdays.get(t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue());
    if (anyDay || anyWeekday) {
      return day && weekday;
    }
    return day || weekday;
  }

  private static BitSet field(String spec, int least, int greatest, String name, boolean dayNames) {
    BitSet bits = new BitSet(greatest + 1);
    for (String part : spec.split(",", -1)) {
      String range = part;
      int step = 1;
      int slash = part.indexOf('/');
      if (slash >= 0) {
        range = part.substring(0, slash);
        step = number(part.substring(slash + 1), 1, greatest, name, false, spec);
      }
      int from;
      int to;
      if (range.equals("*")) {
        from = least;
        to = greatest;
      } else if (range.indexOf('-') > 0) {
        int dash = range.indexOf('-');
        from = number(range.substring(0, dash), least, greatest, name, dayNames, spec);
        to = number(range.substring(dash + 1), least, greatest, name, dayNames, spec);
        if (to < from) {
          throw bad(name, spec, "a range must run upwards");
        }
      } else {
        from = number(range, least, greatest, name, dayNames, spec);
        to = slash >= 0 ? greatest : from;
      }
      for (int v = from; v <= to; v += step) {
        bits.set(v);
      }
    }
    return bits;
  }

  private static int number(String s, int least, int greatest, String name, boolean dayNames, String spec) {
    if (dayNames) {
      Integer day = DAY_NAMES.get(s.toUpperCase(Locale.ROOT));
      if (day != null) {
        return day;
      }
    }
    if (s.isEmpty() || s.length() > 2 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw bad(name, spec, "\"" + shown(s) + "\" is not a number" + (dayNames ? " or MON-SUN" : ""));
    }
    int v = Integer.parseInt(s);
    if (v < least || v > greatest) {
      throw bad(name, spec, v + " is outside " + least + ".." + greatest);
    }
    return v;
  }

  private static IllegalArgumentException bad(String name, String spec, String why) {
    return new IllegalArgumentException("cron " + name + " field \"" + shown(spec) + "\": " + why);
  }

  private static String shown(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  @Override
  public String toString() {
    return text;
  }
}
