package dev.amba.push;

import java.time.Instant;

/**
 * A device token registered for the acting user. {@link #toString()} shows only the start of the
 * token: with the app's provider credentials, a token is enough to reach the device.
 *
 * @param bundleId the app's bundle id or package name; null for web tokens
 */
public record PushToken(String id, String token, Platform platform, String bundleId, Instant createdAt) {

  @Override
  public String toString() {
    String shown = token == null ? null : token.length() <= 8 ? "****" : token.substring(0, 6) + "…(" + token.length() + ")";
    return "PushToken[id=" + id + ", token=" + shown + ", platform=" + platform + ", bundleId=" + bundleId
        + ", createdAt=" + createdAt + "]";
  }
}
