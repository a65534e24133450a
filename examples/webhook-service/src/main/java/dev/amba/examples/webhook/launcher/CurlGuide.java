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
        "Try it (bash; the cookie jar keeps the BFF session):",
        "",
        "  # Health, through the injected AmbaClient",
        "  curl -s " + api + "/health; echo",
        "",
        "  # BFF: sign up (Amba checks the password, the service keeps a session) and read your profile",
        "  curl -s -c /tmp/amba.jar -H 'Content-Type: application/json' \\",
        "       -d '{\"email\":\"ann@example.com\",\"password\":\"correct-horse\"}' " + api + "/signup; echo",
        "  curl -s -b /tmp/amba.jar " + api + "/me; echo",
        "",
        "  # BFF: checkout with server-side prices, a one-time coupon and loyalty points",
        "  curl -s -b /tmp/amba.jar -H 'Content-Type: application/json' \\",
        "       -d '{\"items\":[{\"sku\":\"coffee-beans\",\"quantity\":2},{\"sku\":\"grinder\",\"quantity\":1}],\"coupon\":\"WELCOME10\"}' \\",
        "       " + api + "/me/checkout; echo",
        "",
        "  # Webhook: sign the raw body as the payments provider would, for the user signed up above",
        "  UID_=$(curl -s -b /tmp/amba.jar " + api + "/me | sed 's/.*\"uid\":\"\\([^\"]*\\)\".*/\\1/')",
        "  BODY='{\"id\":\"evt_'$RANDOM'\",\"type\":\"subscription.activated\",\"created\":'$(date +%s)',\"data\":{\"user_id\":\"'$UID_'\",\"plan\":\"pro\"}}'",
        "  TS=$(date +%s); SIG=$(printf '%s.%s' \"$TS\" \"$BODY\" | openssl dgst -sha256 -hmac \"" + webhookSecret + "\" | sed 's/^.*= //')",
        "  curl -s -H \"Webhook-Signature: t=$TS,v1=$SIG\" -H 'Content-Type: application/json' -d \"$BODY\" " + api
            + "/webhooks/payments; echo",
        "",
        "  # Background job over every user, then its result (waits up to 10 s for it to finish)",
        "  JOB=$(curl -s -X POST -H \"Authorization: Bearer " + jobsToken + "\" " + api
            + "/jobs/loyalty-tiers | sed 's/.*\"id\":\"\\([^\"]*\\)\".*/\\1/')",
        "  curl -s -H \"Authorization: Bearer " + jobsToken + "\" '" + api + "/jobs/'$JOB'?wait=10'; echo",
        "  curl -s -b /tmp/amba.jar " + api + "/me; echo",
        "");
  }
}
