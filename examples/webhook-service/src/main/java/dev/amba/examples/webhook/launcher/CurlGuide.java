package dev.amba.examples.webhook.launcher;

/** Ready-to-paste commands for every endpoint, with this run's address and secrets filled in. */
final class CurlGuide {

  private CurlGuide() {}

  /**
   * @param webhookSecret the secret, or a shell variable that holds it
   * @param jobsToken the token, or a shell variable that holds it
   */
  static String text(String base, String webhookSecret, String jobsToken) {
    String api = base + "/api";
    return String.join("\n",
        "Try it (bash; the cookie jar keeps the BFF session). The same steps as -Ddemo, by hand:",
        "",
        "  # Health, through the injected AmbaClient",
        "  curl -s " + api + "/health; echo",
        "",
        "  # BFF: sign up (Amba checks the password, the service keeps a session), then the shop in coins",
        "  curl -s -c /tmp/amba.jar -H 'Content-Type: application/json' \\",
        "       -d '{\"email\":\"ann@example.com\",\"password\":\"correct-horse\"}' " + api + "/signup; echo",
        "  curl -s -b /tmp/amba.jar " + api + "/shop; echo",
        "",
        "  # Checkout with no coins yet: 402 insufficient_coins, nothing charged",
        "  curl -s -b /tmp/amba.jar -H 'Content-Type: application/json' -d '{\"item\":\"grinder\"}' " + api
            + "/me/checkout; echo",
        "",
        "  # Webhook: the payments provider reports a coin pack, signed over the raw body; deliver it twice",
        "  UID_=$(curl -s -b /tmp/amba.jar " + api + "/me | sed 's/.*\"uid\":\"\\([^\"]*\\)\".*/\\1/')",
        "  BODY='{\"id\":\"evt_'$RANDOM$RANDOM'\",\"type\":\"payment.succeeded\",\"created\":'$(date +%s)',"
            + "\"data\":{\"user_id\":\"'$UID_'\",\"amount\":999,\"currency\":\"usd\",\"product\":\"coins_1200\"}}'",
        "  deliver() { TS=$(date +%s); SIG=$(printf '%s.%s' \"$TS\" \"$BODY\" | openssl dgst -sha256 -hmac \""
            + webhookSecret + "\" | sed 's/^.*= //')",
        "    curl -s -H \"Webhook-Signature: t=$TS,v1=$SIG\" -H 'Content-Type: application/json' -d \"$BODY\" " + api
            + "/webhooks/payments; echo; }",
        "  deliver   # coins_granted, \"duplicate\":false, 1200 coins",
        "  deliver   # the same event again: \"duplicate\":true, the same transactionId, credited once",
        "",
        "  # Checkout with the welcome coupon (a promo code, claimed once), then the coupon again: 409",
        "  curl -s -b /tmp/amba.jar -H 'Content-Type: application/json' -d '{\"item\":\"grinder\",\"coupon\":\"WELCOME10\"}' "
            + api + "/me/checkout; echo",
        "  curl -s -b /tmp/amba.jar -H 'Content-Type: application/json' -d '{\"item\":\"mug\",\"coupon\":\"WELCOME10\"}' "
            + api + "/me/checkout; echo",
        "",
        "  # The daily-visit streak the BFF qualifies, then the profile: coins, items, XP level and tier",
        "  curl -s -b /tmp/amba.jar -X POST " + api + "/me/visit; echo",
        "  curl -s -b /tmp/amba.jar " + api + "/me; echo",
        "",
        "  # Background job: this month's loyalty bonus from the XP levels, then its result (waits up to 10 s)",
        "  JOB=$(curl -s -X POST -H \"Authorization: Bearer " + jobsToken + "\" " + api
            + "/jobs/loyalty-bonus | sed 's/.*\"id\":\"\\([^\"]*\\)\".*/\\1/')",
        "  curl -s -H \"Authorization: Bearer " + jobsToken + "\" '" + api + "/jobs/'$JOB'?wait=10'; echo",
        "");
  }
}
