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

  /**
   * The last 24 hours: the server's default window.
   *
   * @return a query with no range, filter or cursor, 100 events per page
   */
  public static EventListQuery recent() {
    return new EventListQuery(null, null, null, null, 100, null);
  }

  /**
   * Events at or after {@code since}.
   *
   * @param since the start of the range, inclusive
   * @return a query from then until now, 100 events per page
   * @throws NullPointerException when {@code since} is null
   */
  public static EventListQuery since(Instant since) {
    return recent().withSince(Objects.requireNonNull(since, "since"));
  }

  /**
   * Events at or after {@code since} and before {@code until}.
   *
   * @param since the start of the range, inclusive
   * @param until the end of the range, exclusive; not before {@code since}
   * @return a query over that range, 100 events per page
   * @throws NullPointerException when an argument is null, naming it
   * @throws IllegalArgumentException when {@code until} is before {@code since}
   */
  public static EventListQuery between(Instant since, Instant until) {
    return since(since).until(until);
  }

  /**
   * Only events before {@code until}.
   *
   * @param until the end of the range, exclusive; not before the start, when one is set
   * @return a copy of this query with that end
   * @throws NullPointerException when {@code until} is null
   * @throws IllegalArgumentException when {@code until} is before the start
   */
  public EventListQuery until(Instant until) {
    Objects.requireNonNull(until, "until");
    if (since != null) {
      Event.checkOrder(since, until);
    }
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /**
   * Only events of this name (lowercase snake_case).
   *
   * @param eventName the name, as {@link Event#of(String)} takes it
   * @return a copy of this query with the filter
   * @throws IllegalArgumentException for a name no event can have
   */
  public EventListQuery eventName(String eventName) {
    Event.checkName(eventName);
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /**
   * Only events of this user.
   *
   * @param userId the app user's id
   * @return a copy of this query with the filter
   * @throws NullPointerException when {@code userId} is null
   */
  public EventListQuery userId(String userId) {
    Objects.requireNonNull(userId, "userId");
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /**
   * Events per page, 1 to {@value #MAX_LIMIT}; 100 unless set.
   *
   * @param limit the page size
   * @return a copy of this query with that page size
   * @throws IllegalArgumentException when {@code limit} is outside 1 to {@value #MAX_LIMIT}
   */
  public EventListQuery limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
    }
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /**
   * Continues after a page: pass {@link dev.amba.Page#nextCursor()}; null starts over.
   *
   * @param cursor the cursor of the page before, or null
   * @return a copy of this query that starts there
   */
  public EventListQuery cursor(String cursor) {
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  private EventListQuery withSince(Instant since) {
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /**
   * The start of the range, if set.
   *
   * @return the instant, inclusive; empty for the server's default of 24 hours ago
   */
  public Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  /**
   * The end of the range, if set.
   *
   * @return the instant, exclusive; empty for until now
   */
  public Optional<Instant> until() {
    return Optional.ofNullable(until);
  }

  /**
   * The event name filter.
   *
   * @return the name, or empty for events of every name
   */
  public Optional<String> eventName() {
    return Optional.ofNullable(eventName);
  }

  /**
   * The user filter.
   *
   * @return the user's id, or empty for every user
   */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /**
   * The page size.
   *
   * @return 1 to {@value #MAX_LIMIT}; 100 unless set
   */
  public int limit() {
    return limit;
  }

  /**
   * Where the page starts.
   *
   * @return the cursor, or empty for the first page
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  @Override
  public String toString() {
    return "EventListQuery{since=" + since + ", until=" + until + ", eventName=" + eventName + ", userId=" + userId
        + ", limit=" + limit + (cursor == null ? "" : ", cursor=set") + '}';
  }
}
