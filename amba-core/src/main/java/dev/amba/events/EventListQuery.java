package dev.amba.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which events {@link ProjectEvents#list} returns, newest first. Immutable: each method returns a
 * new query.
 *
 * <pre>{@code
 * amba.events().listAll(EventListQuery.since(dayAgo).eventName("checkout_completed")).forEach(...);
 * }</pre>
 */
public final class EventListQuery {

  /** The largest page the API serves. */
  public static final int MAX_LIMIT = 1000;

  private final Instant since;
  private final Instant until;
  private final String eventName;
  private final String userId;
  private final int limit;
  private final String cursor;

  private EventListQuery(Instant since, Instant until, String eventName, String userId, int limit, String cursor) {
    this.since = since;
    this.until = until;
    this.eventName = eventName;
    this.userId = userId;
    this.limit = limit;
    this.cursor = cursor;
  }

  /** The last 24 hours: the server's default window. */
  public static EventListQuery recent() {
    return new EventListQuery(null, null, null, null, 100, null);
  }

  /** Events at or after {@code since}. */
  public static EventListQuery since(Instant since) {
    return recent().withSince(Objects.requireNonNull(since, "since"));
  }

  /** Events at or after {@code since} and before {@code until}. */
  public static EventListQuery between(Instant since, Instant until) {
    return since(since).until(until);
  }

  /** Only events before {@code until}. */
  public EventListQuery until(Instant until) {
    Objects.requireNonNull(until, "until");
    if (since != null) {
      Event.checkOrder(since, until);
    }
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /** Only events of this name (lowercase snake_case). */
  public EventListQuery eventName(String eventName) {
    Event.checkName(eventName);
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /** Only events of this user. */
  public EventListQuery userId(String userId) {
    Objects.requireNonNull(userId, "userId");
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /** Events per page, 1 to {@value #MAX_LIMIT}; 100 unless set. */
  public EventListQuery limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
    }
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /** Continues after a page: pass {@link dev.amba.Page#nextCursor()}; null starts over. */
  public EventListQuery cursor(String cursor) {
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  private EventListQuery withSince(Instant since) {
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  public Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  public Optional<Instant> until() {
    return Optional.ofNullable(until);
  }

  public Optional<String> eventName() {
    return Optional.ofNullable(eventName);
  }

  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  public int limit() {
    return limit;
  }

  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  @Override
  public String toString() {
    return "EventListQuery{since=" + since + ", until=" + until + ", eventName=" + eventName + ", userId=" + userId
        + ", limit=" + limit + (cursor == null ? "" : ", cursor=set") + '}';
  }
}
