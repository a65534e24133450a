package dev.amba.it;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The payments provider's side of the example's webhook contract, written from its documented
 * format ({@code t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">}) rather than from its code.
 */
final class ProviderSignature {

  private ProviderSignature() {}

  static String sign(String secret, Instant at, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      long t = at.getEpochSecond();
      byte[] digest = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
      return "t=" + t + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String coinPack(String eventId, String uid) {
    return "{\"id\":\"" + eventId + "\",\"type\":\"payment.succeeded\",\"created\":"
        + Instant.now().getEpochSecond() + ",\"data\":{\"user_id\":\"" + uid
        + "\",\"amount\":999,\"currency\":\"usd\",\"product\":\"coins_1200\"}}";
  }

  static String subscriptionActivated(String eventId, String uid) {
    return "{\"id\":\"" + eventId + "\",\"type\":\"subscription.activated\",\"created\":"
        + Instant.now().getEpochSecond() + ",\"data\":{\"user_id\":\"" + uid + "\",\"plan\":\"pro\"}}";
  }
}
