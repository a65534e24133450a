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
   * @return the query, pages of 100
   */
  public static EventListQuery recent() {
    return new EventListQuery(null, null, null, null, 100, null);
  }

  /**
   * Events at or after {@code since}.
   *
   * @param since the start of the range, inclusive
   * @return the query, pages of 100
   * @throws NullPointerException if {@code since} is null
   */
  public static EventListQuery since(Instant since) {
    return recent().withSince(Objects.requireNonNull(since, "since"));
  }

  /**
   * Events at or after {@code since} and before {@code until}.
   *
   * @param since the start of the range, inclusive
   * @param until the end of the range, exclusive; not before {@code since}
   * @return the query, pages of 100
   * @throws NullPointerException if either instant is null
   * @throws IllegalArgumentException if {@code until} is before {@code since}
   */
  public static EventListQuery between(Instant since, Instant until) {
    return since(since).until(until);
  }

  /**
   * Only events before {@code until}.
   *
   * @param until the end of the range, exclusive; not before the start when one is set
   * @return a copy with this end
   * @throws NullPointerException if {@code until} is null
   * @throws IllegalArgumentException if {@code until} is before the start
   */
  public EventListQuery until(Instant until) {
    Objects.requireNonNull(until, "until");
    if (since != null) {
      Event.checkOrder(since, until);
    }
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /**
   * Only events of this name.
   *
   * @param eventName the event name, lowercase snake_case as {@link Event#of(String)} requires
   * @return a copy with this filter
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
   * @return a copy with this filter
   * @throws NullPointerException if {@code userId} is null
   */
  public EventListQuery userId(String userId) {
    Objects.requireNonNull(userId, "userId");
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /**
   * Events per page; 100 unless set.
   *
   * @param limit the page size, 1 to {@value #MAX_LIMIT}
   * @return a copy with this page size
   * @throws IllegalArgumentException for a limit outside 1 to {@value #MAX_LIMIT}
   */
  public EventListQuery limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
    }
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /**
   * Continues after a page.
   *
   * @param cursor the {@link dev.amba.Page#nextCursor()} of the previous page; null starts over
   * @return a copy that asks for the page after that cursor
   */
  public EventListQuery cursor(String cursor) {
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  private EventListQuery withSince(Instant since) {
    return new EventListQuery(since, until, eventName, userId, limit, cursor);
  }

  /**
   * The start of the range.
   *
   * @return the start, or empty for the server's default window (the last 24 hours)
   */
  public Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  /**
   * The end of the range.
   *
   * @return the end, or empty for "until now"
   */
  public Optional<Instant> until() {
    return Optional.ofNullable(until);
  }

  /**
   * The event name filter.
   *
   * @return the name, or empty for every name
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
   * @return events per page, 1 to {@value #MAX_LIMIT}
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
