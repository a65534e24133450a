package dev.amba.push;

import java.util.Objects;

/** A campaign's status, by its wire value; a record so that a status the server adds later still reads. */
public record CampaignStatus(String value) {

  /** Saved, not scheduled; {@code send} sends it now. */
  public static final CampaignStatus DRAFT = new CampaignStatus("draft");
  /** Waiting for its {@code scheduled_at} (or its local time); {@code send} refuses it. */
  public static final CampaignStatus SCHEDULED = new CampaignStatus("scheduled");
  public static final CampaignStatus SENDING = new CampaignStatus("sending");
  public static final CampaignStatus SENT = new CampaignStatus("sent");
  public static final CampaignStatus CANCELLED = new CampaignStatus("cancelled");
  public static final CampaignStatus FAILED = new CampaignStatus("failed");

  public CampaignStatus {
    Objects.requireNonNull(value, "value");
  }

  /** Whether the campaign can still be changed or deleted (draft or scheduled). */
  public boolean isEditable() {
    return equals(DRAFT) || equals(SCHEDULED);
  }

  @Override
  public String toString() {
    return value;
  }
}
