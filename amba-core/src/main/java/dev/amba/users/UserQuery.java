package dev.amba.users;

import java.util.Objects;
import java.util.Optional;

/** Which users to list: an optional search text, an optional segment and the page window. Immutable. */
public final class UserQuery {

  /** The largest page the API serves. */
  public static final int MAX_LIMIT = 1000;

  private final String search;
  private final String segmentId;
  private final int limit;
  private final int offset;

  private UserQuery(String search, String segmentId, int limit, int offset) {
    this.search = search;
    this.segmentId = segmentId;
    this.limit = limit;
    this.offset = offset;
  }

  /**
   * Every user, 50 a page.
   *
   * @return a query without search or segment, limit 50, offset 0
   */
  public static UserQuery all() {
    return new UserQuery(null, null, 50, 0);
  }

  /**
   * Users whose id, email or display name contains {@code text}, ignoring case.
   *
   * @param text the text to look for; refused when null or blank
   * @return a query for the matching users, limit 50, offset 0
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static UserQuery search(String text) {
    Objects.requireNonNull(text, "search");
    if (text.isBlank()) {
      throw new IllegalArgumentException("search must not be blank; use UserQuery.all()");
    }
    return new UserQuery(text, null, 50, 0);
  }

  /**
   * The page size.
   *
   * @param limit how many users a page holds, 1 to {@value #MAX_LIMIT}
   * @return a copy with the limit set
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public UserQuery limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
    }
    return new UserQuery(search, segmentId, limit, offset);
  }

  /**
   * Where the page starts.
   *
   * @param offset how many matching users to skip, 0 or more
   * @return a copy with the offset set
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public UserQuery offset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    return new UserQuery(search, segmentId, limit, offset);
  }

  /**
   * Only the members of this segment (amba-api-modules.md section 36).
   *
   * @param segmentId the segment's id; refused when null or blank
   * @return a copy restricted to the segment's members
   * @throws IllegalArgumentException if {@code segmentId} is null or blank
   */
  public UserQuery segmentId(String segmentId) {
    if (segmentId == null || segmentId.isBlank()) {
      throw new IllegalArgumentException("segmentId must not be blank");
    }
    return new UserQuery(search, segmentId, limit, offset);
  }

  /**
   * The segment the query is restricted to.
   *
   * @return the segment's id, or empty when every user is listed
   */
  public Optional<String> segment() {
    return Optional.ofNullable(segmentId);
  }

  /**
   * The text the query looks for.
   *
   * @return the search text, or empty for {@link #all()}
   */
  public Optional<String> searchText() {
    return Optional.ofNullable(search);
  }

  /**
   * The page size.
   *
   * @return how many users a page holds
   */
  public int limit() {
    return limit;
  }

  /**
   * Where the page starts.
   *
   * @return how many matching users are skipped
   */
  public int offset() {
    return offset;
  }

  @Override
  public String toString() {
    return "UserQuery{search=" + search + ", segmentId=" + segmentId + ", limit=" + limit + ", offset=" + offset + '}';
  }
}
