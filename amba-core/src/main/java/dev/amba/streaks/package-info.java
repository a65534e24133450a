/**
 * Streaks: consecutive days or weeks in which a user did something, with grace periods and shields
 * (freezes) that save a missed period.
 *
 * <p>Admins define streaks through {@link dev.amba.AmbaClient#streaks()}; a user's streaks are read
 * and qualified through {@link dev.amba.AmbaUser#streaks()}. Tracking a streak's qualifying event
 * qualifies it, so most apps never call {@code qualify} themselves:
 *
 * <pre>{@code
 * amba.streaks().create(NewStreak.of("daily_lesson", "Daily lesson", "lesson.completed")
 *     .freezeEnabled(true).freezesPerNEvents(7));
 * amba.asUser(uid).events().track("lesson.completed");
 * UserStreak lesson = amba.asUser(uid).streaks().list().get(0);   // currentCount 1
 * }</pre>
 *
 * <p>Streak periods follow the user's profile time zone (UTC when it has none). Every read and
 * qualification first settles the user's rows: each period missed past its grace period spends a
 * shield (status frozen) or breaks the streak (count 0). Reaching 3, 7, 14, 30, 50, 100 or 365 adds a
 * {@code streak_milestone} event to the user's events.
 */
package dev.amba.streaks;
