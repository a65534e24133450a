package dev.amba.feeds;

import dev.amba.internal.UserIds;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which feed items an admin lists: optionally one actor's, optionally those written from an instant
 * on. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * amba.feeds().items(FeedItemQuery.all().userId(uid).since(dayAgo), 0, 20);
 * }</pre>
 */
public final class FeedItemQuery {

  private final String userId;
  private final Instant since;

  private FeedItemQuery(String userId, Instant since) {
    this.userId = userId;
    this.since = since;
  }

  /**
   * Every item.
   *
   * @return a query without an actor or time filter
   */
  public static FeedItemQuery all() {
    return new FeedItemQuery(null, null);
  }

  /**
   * Only the items whose actor is this user.
   *
   * @param userId the actor's id, 1 to 128 characters of {@code [A-Za-z0-9_.:-]}
   * @return a copy filtered by the actor
   * @throws IllegalArgumentException if {@code userId} breaks that rule
   */
  public FeedItemQuery userId(String userId) {
    return new FeedItemQuery(UserIds.check(userId, "userId"), since);
  }

  /**
   * Only the items written at or after this instant.
   *
   * @param since the earliest time an item may have been written
   * @return a copy filtered by time
   * @throws NullPointerException if {@code since} is null
   */
  public FeedItemQuery since(Instant since) {
    return new FeedItemQuery(userId, Objects.requireNonNull(since, "since"));
  }

  /**
   * The actor the query keeps.
   *
   * @return the actor's id, or empty when every actor's items are listed
   */
  public Optional<String> userFilter() {
    return Optional.ofNullable(userId);
  }

  /**
   * The earliest time the query keeps.
   *
   * @return the instant, or empty when items of any time are listed
   */
  public Optional<Instant> sinceFilter() {
    return Optional.ofNullable(since);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeedItemQuery q && Objects.equals(q.userId, userId) && Objects.equals(q.since, since);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, since);
  }

  @Override
  public String toString() {
    return "FeedItemQuery{userId=" + userId + ", since=" + since + '}';
  }
}
