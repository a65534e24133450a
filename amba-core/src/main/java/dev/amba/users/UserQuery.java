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

  /** Every user, 50 a page. */
  public static UserQuery all() {
    return new UserQuery(null, null, 50, 0);
  }

  /** Users whose id, email or display name contains {@code text}, ignoring case. */
  public static UserQuery search(String text) {
    Objects.requireNonNull(text, "search");
    if (text.isBlank()) {
      throw new IllegalArgumentException("search must not be blank; use UserQuery.all()");
    }
    return new UserQuery(text, null, 50, 0);
  }

  public UserQuery limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
    }
    return new UserQuery(search, segmentId, limit, offset);
  }

  public UserQuery offset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    return new UserQuery(search, segmentId, limit, offset);
  }

  /** Only the members of this segment (amba-api-modules.md section 36). */
  public UserQuery segmentId(String segmentId) {
    if (segmentId == null || segmentId.isBlank()) {
      throw new IllegalArgumentException("segmentId must not be blank");
    }
    return new UserQuery(search, segmentId, limit, offset);
  }

  public Optional<String> segment() {
    return Optional.ofNullable(segmentId);
  }

  public Optional<String> searchText() {
    return Optional.ofNullable(search);
  }

  public int limit() {
    return limit;
  }

  public int offset() {
    return offset;
  }

  @Override
  public String toString() {
    return "UserQuery{search=" + search + ", segmentId=" + segmentId + ", limit=" + limit + ", offset=" + offset + '}';
  }
}
