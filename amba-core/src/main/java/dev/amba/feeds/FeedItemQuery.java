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

  /** Every item. */
  public static FeedItemQuery all() {
    return new FeedItemQuery(null, null);
  }

  /** Only the items whose actor is this user. */
  public FeedItemQuery userId(String userId) {
    return new FeedItemQuery(UserIds.check(userId, "userId"), since);
  }

  /** Only the items written at or after this instant. */
  public FeedItemQuery since(Instant since) {
    return new FeedItemQuery(userId, Objects.requireNonNull(since, "since"));
  }

  public Optional<String> userFilter() {
    return Optional.ofNullable(userId);
  }

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
