package dev.amba.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ProjectEvents#count} counts. A count covers at most {@link #MAX_RANGE} (90 days);
 * a longer range is refused before anything is sent. Immutable: each method returns a new query.
 *
 * <pre>{@code
 * EventCount n = amba.events().count(EventCountQuery.since(weekAgo)
 *     .eventName("checkout_completed").groupBy(EventGrouping.DAY));
 * }</pre>
 */
public final class EventCountQuery {

  /** The longest range one count may cover. */
  public static final Duration MAX_RANGE = Duration.ofDays(90);

  private final Instant since;
  private final Instant until;
  private final String eventName;
  private final String userId;
  private final String segmentId;
  private final Map<String, Object> properties;
  private final EventGrouping groupBy;

  private EventCountQuery(Instant since, Instant until, String eventName, String userId, String segmentId,
      Map<String, Object> properties, EventGrouping groupBy) {
    this.since = since;
    this.until = until;
    this.eventName = eventName;
    this.userId = userId;
    this.segmentId = segmentId;
    this.properties = properties;
    this.groupBy = groupBy;
  }

  /**
   * Events from {@code since} until now; {@code since} must lie within the last 90 days.
   *
   * @param since the start of the range, inclusive
   * @return the query, counting every event in the range
   * @throws NullPointerException if {@code since} is null
   */
  public static EventCountQuery since(Instant since) {
    Objects.requireNonNull(since, "since");
    return new EventCountQuery(since, null, null, null, null, Map.of(), null);
  }

  /**
   * Events at or after {@code since} and before {@code until}, at most 90 days apart.
   *
   * @param since the start of the range, inclusive
   * @param until the end of the range, exclusive; not before {@code since}
   * @return the query, counting every event in the range
   * @throws NullPointerException if either instant is null
   * @throws IllegalArgumentException if {@code until} is before {@code since} or the range exceeds {@link #MAX_RANGE}
   */
  public static EventCountQuery between(Instant since, Instant until) {
    return since(since).until(until);
  }

  /**
   * Ends the range before {@code until}.
   *
   * @param until the end of the range, exclusive; not before {@link #since()}
   * @return a copy with this end
   * @throws NullPointerException if {@code until} is null
   * @throws IllegalArgumentException if {@code until} is before {@code since} or the range exceeds {@link #MAX_RANGE}
   */
  public EventCountQuery until(Instant until) {
    Objects.requireNonNull(until, "until");
    checkRange(since, until);
    return new EventCountQuery(since, until, eventName, userId, segmentId, properties, groupBy);
  }

  /**
   * Only events of this name.
   *
   * @param eventName the event name, lowercase snake_case as {@link Event#of(String)} requires
   * @return a copy with this filter
   * @throws IllegalArgumentException for a name no event can have
   */
  public EventCountQuery eventName(String eventName) {
    Event.checkName(eventName);
    return new EventCountQuery(since, until, eventName, userId, segmentId, properties, groupBy);
  }

  /**
   * Only events of this user.
   *
   * @param userId the app user's id
   * @return a copy with this filter
   * @throws NullPointerException if {@code userId} is null
   */
  public EventCountQuery userId(String userId) {
    Objects.requireNonNull(userId, "userId");
    return new EventCountQuery(since, until, eventName, userId, segmentId, properties, groupBy);
  }

  /**
   * Only events of users in this segment.
   *
   * @param segmentId the segment's id, not blank
   * @return a copy with this filter
   * @throws IllegalArgumentException if {@code segmentId} is null or blank
   */
  public EventCountQuery segmentId(String segmentId) {
    if (segmentId == null || segmentId.isBlank()) {
      throw new IllegalArgumentException("segmentId must not be blank");
    }
    return new EventCountQuery(since, until, eventName, userId, segmentId, properties, groupBy);
  }

  /**
   * Only events whose property {@code key} equals {@code value}; repeatable, and a repeated key
   * replaces the earlier value.
   *
   * @param key the top-level property name, not empty
   * @param value the value it must equal, a JSON-compatible value
   * @return a copy with this filter added
   * @throws IllegalArgumentException if {@code key} is null or empty
   */
  public EventCountQuery property(String key, Object value) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("property key must be a non-empty string");
    }
    Map<String, Object> next = new LinkedHashMap<>(properties);
    next.put(key, value);
    return new EventCountQuery(since, until, eventName, userId, segmentId, Collections.unmodifiableMap(next), groupBy);
  }

  /**
   * Only events whose properties include every entry of {@code match}; the same as one
   * {@link #property} per entry.
   *
   * @param match the property names and the values they must equal
   * @return a copy with these filters added
   * @throws NullPointerException if {@code match} is null
   * @throws IllegalArgumentException for a null or empty key
   */
  public EventCountQuery properties(Map<String, ?> match) {
    Objects.requireNonNull(match, "properties");
    EventCountQuery q = this;
    for (Map.Entry<String, ?> e : match.entrySet()) {
      q = q.property(e.getKey(), e.getValue());
    }
    return q;
  }

  /**
   * Splits the total into buckets.
   *
   * @param groupBy how to split: by day or by event name
   * @return a copy with this grouping
   * @throws NullPointerException if {@code groupBy} is null
   */
  public EventCountQuery groupBy(EventGrouping groupBy) {
    Objects.requireNonNull(groupBy, "groupBy");
    return new EventCountQuery(since, until, eventName, userId, segmentId, properties, groupBy);
  }

  /**
   * Refuses a range the server would answer with {@code invalid_range}.
   *
   * @param since the start of the range
   * @param until the end of the range
   * @throws IllegalArgumentException if {@code until} is before {@code since} or the range exceeds 90 days
   */
  public static void checkRange(Instant since, Instant until) {
    Event.checkOrder(since, until);
    if (Duration.between(since, until).compareTo(MAX_RANGE) > 0) {
      throw new IllegalArgumentException("a count covers at most 90 days; since " + since + " to " + until
          + " is " + Duration.between(since, until).toDays() + " days");
    }
  }

  /**
   * The start of the range.
   *
   * @return the instant given to {@link #since(Instant)} or {@link #between}
   */
  public Instant since() {
    return since;
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
   * @return the name, or empty to count every name
   */
  public Optional<String> eventName() {
    return Optional.ofNullable(eventName);
  }

  /**
   * The user filter.
   *
   * @return the user's id, or empty to count every user
   */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /**
   * The segment filter.
   *
   * @return the segment's id, or empty to count every user
   */
  public Optional<String> segmentId() {
    return Optional.ofNullable(segmentId);
  }

  /**
   * The properties every counted event must have.
   *
   * @return the unmodifiable property filter, in the order set; empty for no such filter
   */
  public Map<String, Object> properties() {
    return properties;
  }

  /**
   * The grouping.
   *
   * @return how the total is split, or empty for the total alone
   */
  public Optional<EventGrouping> groupBy() {
    return Optional.ofNullable(groupBy);
  }

  @Override
  public String toString() {
    return "EventCountQuery{since=" + since + ", until=" + until + ", eventName=" + eventName + ", userId=" + userId
        + ", segmentId=" + segmentId + ", properties=" + properties.keySet() + ", groupBy=" + groupBy + '}';
  }
}
