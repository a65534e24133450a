package dev.amba.testkit;

import java.time.Instant;

/**
 * One email the emulator recorded instead of sending, from {@link AmbaEmulator#recordedEmails(EmulatorProject)}:
 * what the delivery row says, and the bodies as rendered.
 *
 * @param deliveryId the id of the delivery row the admin routes show
 * @param template the template's name, or null for a send with its own subject and body
 * @param appUserId the user it went to, or null for a send to an address
 * @param html the rendered HTML body, or null for a text-only send
 * @param text the rendered text body (the HTML without its tags when the template has none)
 * @param status {@code sent}, or {@code suppressed} for an address on the suppression list
 * @param messageId {@code emu_<uuid>}, or null when suppressed
 */
public record RecordedEmail(
    String projectId,
    String deliveryId,
    String template,
    String toEmail,
    String appUserId,
    String subject,
    String html,
    String text,
    String status,
    String messageId,
    Instant createdAt) {

  /**
   * Whether it reached the (emulated) provider: not suppressed.
   *
   * @return true when {@link #status()} is {@code sent}
   */
  public boolean wasSent() {
    return "sent".equals(status);
  }

  /** Without the bodies, which can be long. */
  @Override
  public String toString() {
    return "RecordedEmail[template=" + template + ", toEmail=" + toEmail + ", subject=" + subject + ", status="
        + status + ", createdAt=" + createdAt + "]";
  }
}
