package dev.amba.content;

/**
 * When a schedule ticks.
 *
 * @param timezone the IANA zone the cron is read in; null for UTC
 * @param cron five-field cron; null for the type's default (09:00 daily, or Mondays for weekly)
 */
public record ScheduleConfig(String timezone, String cron) {}
