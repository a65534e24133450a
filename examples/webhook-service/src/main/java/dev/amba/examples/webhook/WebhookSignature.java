package dev.amba.examples.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The payments provider's signature, shaped like Stripe's: {@code Webhook-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">}, keyed with the shared secret. Several
 * {@code v1} entries may appear while the provider rotates its secret; one match is enough.
 */
public final class WebhookSignature {

  public static final String HEADER = "Webhook-Signature";

  /** Why a delivery was refused, or that it was not. */
  public enum Verdict {
    VALID, MISSING, MALFORMED, MISMATCH, STALE
  }

  private WebhookSignature() {}

  /** The header value a provider would send; the demo and the tests sign with it. */
  public static String sign(String secret, long timestampSeconds, byte[] body) {
    return "t=" + timestampSeconds + ",v1=" + HexFormat.of().formatHex(mac(secret, timestampSeconds, body));
  }

  /**
   * Checks the signature over the exact bytes received (before any JSON parsing, which could
   * normalize them), then that it was made within {@code tolerance} of {@code now}, which bounds
   * how long a captured delivery can be replayed.
   */
  public static Verdict verify(String secret, String header, byte[] body, Instant now, Duration tolerance) {
    if (header == null || header.isBlank()) {
      return Verdict.MISSING;
    }
    Long timestamp = null;
    List<byte[]> candidates = new ArrayList<>();
    for (String part : header.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        return Verdict.MALFORMED;
      }
      String key = part.substring(0, eq).strip();
      String value = part.substring(eq + 1).strip();
      try {
        if (key.equals("t")) {
          timestamp = Long.parseLong(value);
        } else if (key.equals("v1")) {
          candidates.add(HexFormat.of().parseHex(value));
        }
      } catch (IllegalArgumentException e) {
        return Verdict.MALFORMED;
      }
    }
    if (timestamp == null || candidates.isEmpty()) {
      return Verdict.MALFORMED;
    }
    byte[] expected = mac(secret, timestamp, body);
    boolean matched = false;
    for (byte[] candidate : candidates) {
      // Constant time, so the response time does not reveal how much of a guess was right.
      matched |= MessageDigest.isEqual(expected, candidate);
    }
    if (!matched) {
      return Verdict.MISMATCH;
    }
    Duration age = Duration.between(Instant.ofEpochSecond(timestamp), now).abs();
    return age.compareTo(tolerance) > 0 ? Verdict.STALE : Verdict.VALID;
  }

  private static byte[] mac(String secret, long timestampSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
