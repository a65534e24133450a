package dev.amba.sessions;

/**
 * The project's sessions over a period.
 *
 * @param period the window counted
 * @param dau distinct users with a session started in the last 24 hours, whatever the period
 * @param totalSessions sessions started inside the period
 * @param avgDurationSeconds the mean duration of the ended sessions started inside the period; 0 when none
 * @param medianDurationSeconds their median (the lower middle of an even count); 0 when none
 */
public record SessionAnalytics(SessionPeriod period, long dau, long totalSessions, double avgDurationSeconds,
    long medianDurationSeconds) {}
