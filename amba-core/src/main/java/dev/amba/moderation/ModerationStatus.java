package dev.amba.moderation;

import dev.amba.internal.util.TextArguments;

/**
 * Where a queue item stands (27.4), by its wire value. A record rather than an enum, so a status the
 * service adds later still reads.
 *
 * @param value the wire value, lowercase, such as {@code pending}
 */
public record ModerationStatus(String value) {

  /** Waiting for a moderator; the only status a repeated report of the same content joins. */
  public static final ModerationStatus PENDING = new ModerationStatus("pending");
  /** The content was found fine; resolved for good. */
  public static final ModerationStatus APPROVED = new ModerationStatus("approved");
  /** The content was taken down (a review unapproved, a message or feed item deleted); resolved for good. */
  public static final ModerationStatus REJECTED = new ModerationStatus("rejected");
  /** Handed on for a second look; still open to approve or reject. */
  public static final ModerationStatus ESCALATED = new ModerationStatus("escalated");

  /**
   * Lowercases the wire value, so values compare as the service means them.
   *
   * @param value the wire value, not blank
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public ModerationStatus {
    value = TextArguments.wireValue(value);
  }

  /**
   * Whether no transition leaves this status.
   *
   * @return true for {@link #APPROVED} and {@link #REJECTED}
   */
  public boolean isResolved() {
    return equals(APPROVED) || equals(REJECTED);
  }

  @Override
  public String toString() {
    return value;
  }
}
