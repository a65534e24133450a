package dev.amba.friends;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a pair of users stands (22.4), by its wire value. A record rather than an enum, so a state
 * the service adds later still reads; the service writes {@link #PENDING}, {@link #ACCEPTED} and
 * {@link #BLOCKED}.
 *
 * @param value the wire value, lowercase, such as {@code pending}
 */
public record FriendshipStatus(String value) {

  /** A request sent and not yet answered; only its addressee may accept or reject it. */
  public static final FriendshipStatus PENDING = new FriendshipStatus("pending");
  /** Friends: each sees the other's feed items. */
  public static final FriendshipStatus ACCEPTED = new FriendshipStatus("accepted");
  /** One of the two blocked the other; only the blocker may lift it. */
  public static final FriendshipStatus BLOCKED = new FriendshipStatus("blocked");
  /** The 4.x core's name for a rejected request; the protocol deletes the row instead. */
  public static final FriendshipStatus DECLINED = new FriendshipStatus("declined");

  /**
   * A status by its wire value, lowercased.
   *
   * @param value the wire value; refused when null or blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public FriendshipStatus {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    value = value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
