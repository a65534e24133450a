package dev.amba.push;

import java.util.Objects;

/**
 * A campaign's status, by its wire value; a record so that a status the server adds later still reads.
 *
 * @param value the wire value, such as {@code draft}; never null
 */
public record CampaignStatus(String value) {

  /** Saved, not scheduled; {@code send} sends it now. */
  public static final CampaignStatus DRAFT = new CampaignStatus("draft");
  /** Waiting for its {@code scheduled_at} (or its local time); {@code send} refuses it. */
  public static final CampaignStatus SCHEDULED = new CampaignStatus("scheduled");
  /** Being sent; the stats fill as devices are reached. No longer editable. */
  public static final CampaignStatus SENDING = new CampaignStatus("sending");
  /** Sent; it can no longer be changed or deleted. */
  public static final CampaignStatus SENT = new CampaignStatus("sent");
  /** Cancelled: it is not sent, and can no longer be changed or deleted. */
  public static final CampaignStatus CANCELLED = new CampaignStatus("cancelled");
  /** Sending failed; it can no longer be changed or deleted. */
  public static final CampaignStatus FAILED = new CampaignStatus("failed");

  /**
   * Checks the wire value.
   *
   * @param value the wire value
   * @throws NullPointerException when {@code value} is null
   */
  public CampaignStatus {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Whether the campaign can still be changed or deleted (draft or scheduled).
   *
   * @return true for {@link #DRAFT} and {@link #SCHEDULED}, false for every other status
   */
  public boolean isEditable() {
    return equals(DRAFT) || equals(SCHEDULED);
  }

  @Override
  public String toString() {
    return value;
  }
}
