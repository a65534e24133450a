package dev.amba.testkit.internal.content;

import dev.amba.internal.content.Cron;
import dev.amba.testkit.internal.kit.Row;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A schedule's ticks and choices (28.4 #2, #3, #6), computed from its row and the clock when read,
 * so no timer runs: T is the latest tick at or before now, k its number counted from the first tick
 * at or after the schedule's creation (first = 0).
 */
final class ContentTicks {

  private static final String DAILY_CRON = "0 9 * * *";
  private static final String WEEKLY_CRON = "0 9 * * MON";
  private static final DateTimeFormatter TICK_TEXT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private ContentTicks() {}

  /** A tick and its number. */
  record Tick(Instant at, long index) {}

  /** The schedule's cron: its config's, or its type's default. */
  static Cron cron(Row schedule) {
    String given = text(schedule, "cron");
    if (given != null) {
      return Cron.parse(given);
    }
    return Cron.parse(ContentTables.WEEKLY.equals(schedule.string("schedule_type")) ? WEEKLY_CRON : DAILY_CRON);
  }

  /** The zone the cron is read in: the config's, or UTC. */
  static ZoneId zone(Row schedule) {
    String given = text(schedule, "timezone");
    return given == null ? ZoneOffset.UTC : ZoneId.of(given);
  }

  /**
   * The latest tick at or before {@code now}, or null before the first.
   *
   * @param known a tick of this schedule known to be at or before now (a stored delivery), from
   *     which counting resumes; null to count from the creation
   */
  static Tick latest(Row schedule, Instant now, Tick known) {
    Cron cron = cron(schedule);
    ZoneId zone = zone(schedule);
    Tick t = known;
    if (t == null) {
      Instant first = cron.atOrAfter(schedule.instant("created_at"), zone);
      if (first == null || first.isAfter(now)) {
        return null;
      }
      t = new Tick(first, 0);
    }
    while (true) {
      Instant next = cron.next(t.at(), zone);
      if (next == null || next.isAfter(now)) {
        return t;
      }
      t = new Tick(next, t.index() + 1);
    }
  }

  /** The tick after {@code latest}, or the first one when there has been none; null when the cron has none ahead. */
  static Instant next(Row schedule, Tick latest) {
    Cron cron = cron(schedule);
    ZoneId zone = zone(schedule);
    return latest == null ? cron.atOrAfter(schedule.instant("created_at"), zone) : cron.next(latest.at(), zone);
  }

  /** The index of the item a tick chooses among {@code n} (28.4 #3). */
  static int choose(Row schedule, Tick tick, int n) {
    if (ContentTables.RANDOM.equals(schedule.string("schedule_type"))) {
      byte[] hash = sha256(schedule.id() + TICK_TEXT.format(tick.at()));
      return new BigInteger(1, java.util.Arrays.copyOf(hash, 8)).mod(BigInteger.valueOf(n)).intValue();
    }
    return (int) Math.floorMod(tick.index(), (long) n);
  }

  /**
   * The version of a keyed item a user is served (28.4 #6): the highest whose rollout takes the
   * user's bucket, else the highest at 100 %. X: none at 100 % either serves nothing.
   *
   * @param versions the active items of one (library, content_key), any order
   */
  static Row version(List<Row> versions, String userId, String contentKey) {
    byte[] hash = sha256(userId + ":" + contentKey);
    long bucket = new BigInteger(1, java.util.Arrays.copyOf(hash, 4)).longValue() % 100;
    Row best = null;
    Row fallback = null;
    for (Row v : versions) {
      int version = v.integer("version");
      if (bucket < v.integer("rollout_percent") && (best == null || version > best.integer("version"))) {
        best = v;
      }
      if (v.integer("rollout_percent") == 100 && (fallback == null || version > fallback.integer("version"))) {
        fallback = v;
      }
    }
    return best != null ? best : fallback;
  }

  private static String text(Row schedule, String key) {
    if (schedule.get("config") instanceof JsonObject config && config.get(key) instanceof JsonString s) {
      return s.getString();
    }
    return null;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
