package dev.amba.push;

import java.util.Objects;

/**
 * A campaign's status, by its wire value; a record so that a status the server adds later still reads.
 *
 * @param value the wire value, such as {@code draft}; not null
 */
public record CampaignStatus(String value) {

  /** Saved, not scheduled; {@code send} sends it now. */
  public static final CampaignStatus DRAFT = new CampaignStatus("draft");
  /** Waiting for its {@code scheduled_at} (or its local time); {@code send} refuses it. */
  public static final CampaignStatus SCHEDULED = new CampaignStatus("scheduled");
  /** Being delivered; its stats fill as devices are reached. */
  public static final CampaignStatus SENDING = new CampaignStatus("sending");
  /** Delivered to every device it was meant for. */
  public static final CampaignStatus SENT = new CampaignStatus("sent");
  /** Stopped before it was sent. */
  public static final CampaignStatus CANCELLED = new CampaignStatus("cancelled");
  /** Could not be sent. */
  public static final CampaignStatus FAILED = new CampaignStatus("failed");

  /**
   * A status by its wire value.
   *
   * @param value the wire value, such as {@code draft}
   * @throws NullPointerException if {@code value} is null
   */
  public CampaignStatus {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Whether the campaign can still be changed or deleted.
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
