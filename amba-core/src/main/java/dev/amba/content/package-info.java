/**
 * Content: libraries of items, schedules that serve one item a tick on a channel, the users' own
 * items and their per-item state (amba-api-modules.md 28).
 *
 * <p>A user's app reads and writes through {@link dev.amba.AmbaUser#content()}; admins build
 * libraries and schedules through {@link dev.amba.AmbaClient#content()}. A channel is a library's
 * slug: a schedule on the library {@code tips} serves {@code getToday("tips")}.
 *
 * <pre>{@code
 * ContentLibrary tips = amba.content().createLibrary(NewContentLibrary.of("Tips"));   // slug "tips"
 * amba.content().addItems(tips.id(), List.of(NewContentItem.of("Drink water"), NewContentItem.of("Stretch")));
 * amba.content().createSchedule(NewContentSchedule.of(tips.id(), "daily tip", ScheduleType.DAILY_ROTATION));
 * TodayItem today = amba.asUser(uid).content().getToday("tips");   // after 09:00 UTC
 * }</pre>
 */
package dev.amba.content;
