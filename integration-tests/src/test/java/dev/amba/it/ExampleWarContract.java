package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.AmbaEmulator;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the example WAR does on any server, asserted over HTTP: {@code /health} through the injected
 * client ({@code @Inject AmbaClient}), the BFF routes through the filter's {@code ambaUser} (the uid
 * the login stored in the session, never a header), the signed webhook and the background job. Each
 * server's IT deploys the WAR with {@link #WEBHOOK_SECRET} and {@link #JOBS_TOKEN} as its settings
 * and answers {@link #api()}.
 */
abstract class ExampleWarContract {

  static final String WEBHOOK_SECRET = "whsec_it_" + UUID.randomUUID();
  static final String JOBS_TOKEN = "jobs_it_" + UUID.randomUUID();

  /** The deployed application's JAX-RS root, e.g. {@code http://127.0.0.1:8080/webhook-service/api}. */
  abstract String api();

  private String signUp(Http browser, String who) {
    HttpResponse<String> response = browser.post("/signup",
        "{\"email\":\"" + who + "-" + UUID.randomUUID() + "@example.com\",\"password\":\"correct-horse\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).getString("uid");
  }

  @Test
  void injectedClient_reachesAmba() {
    HttpResponse<String> response = new Http(api()).get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.json(response).getString("amba")).isEqualTo("ok");
  }

  private HttpResponse<String> deliver(String body) {
    return new Http(api()).post("/webhooks/payments", body,
        "Webhook-Signature", ProviderSignature.sign(WEBHOOK_SECRET, Instant.now(), body));
  }

  private long coins(Http browser) {
    return Http.json(browser.get("/me")).getJsonNumber("coins").longValue();
  }

  @Test
  void bffEndpoints_actOnlyForTheSessionsUser() {
    Http alice = new Http(api());
    Http bob = new Http(api());
    String aliceUid = signUp(alice, "alice");
    String bobUid = signUp(bob, "bob");
    deliver(ProviderSignature.coinPack("evt_" + UUID.randomUUID(), aliceUid));

    HttpResponse<String> receipt = alice.post("/me/checkout", "{\"user_id\":\"" + bobUid + "\",\"item\":\"mug\"}");
    HttpResponse<String> bobsProfile = bob.get("/me");
    HttpResponse<String> forged = new Http(api()).get("/me", "X-Amba-On-Behalf-Of", aliceUid);

    assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
    assertThat(Http.json(receipt).getString("uid")).isEqualTo(aliceUid);
    assertThat(Http.json(receipt).getJsonNumber("coinsLeft").longValue()).isEqualTo(1_080);
    assertThat(Http.json(bobsProfile).getString("uid")).isEqualTo(bobUid);
    assertThat(Http.json(bobsProfile).getJsonNumber("coins").longValue()).isZero();
    assertThat(Http.json(bobsProfile).getJsonArray("items")).isEmpty();
    assertThat(forged.statusCode()).isEqualTo(401);
  }

  @Test
  void aRedeliveredPayment_creditsOnce_andTheAnswerSaysItIsADuplicate() {
    Http browser = new Http(api());
    String uid = signUp(browser, "frank");
    String body = ProviderSignature.coinPack("evt_" + UUID.randomUUID(), uid);

    HttpResponse<String> first = deliver(body);
    HttpResponse<String> again = deliver(body);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(Http.json(first).getBoolean("duplicate")).isFalse();
    assertThat(Http.json(again).getBoolean("duplicate")).isTrue();
    assertThat(Http.json(again).getString("transactionId")).isEqualTo(Http.json(first).getString("transactionId"));
    assertThat(coins(browser)).isEqualTo(1_200);
  }

  @Test
  void tooFewCoins_answers402_andChargesNothing() {
    Http browser = new Http(api());
    signUp(browser, "grace");

    HttpResponse<String> refused = browser.post("/me/checkout", "{\"item\":\"grinder\"}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(402);
    assertThat(Http.json(refused).getString("error")).isEqualTo("insufficient_coins");
    assertThat(coins(browser)).isZero();
    assertThat(Http.json(browser.get("/me")).getJsonArray("items")).isEmpty();
  }

  @Test
  void theWelcomeCoupon_isClaimedOnce() {
    Http browser = new Http(api());
    String uid = signUp(browser, "heidi");
    deliver(ProviderSignature.coinPack("evt_" + UUID.randomUUID(), uid));

    HttpResponse<String> first = browser.post("/me/checkout", "{\"item\":\"mug\",\"coupon\":\"WELCOME10\"}");
    HttpResponse<String> again = browser.post("/me/checkout", "{\"item\":\"mug\",\"coupon\":\"WELCOME10\"}");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(Http.json(first).getJsonNumber("coinsLeft").longValue()).isEqualTo(1_200 + 100 - 120);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(Http.json(again).getString("error")).isEqualTo("coupon_already_used");
    assertThat(coins(browser)).isEqualTo(1_180);
  }

  @Test
  void signedWebhook_actsForTheUserItNames_andAForgedOneIsRefused() {
    Http browser = new Http(api());
    String uid = signUp(browser, "carol");
    String body = ProviderSignature.subscriptionActivated("evt_" + UUID.randomUUID(), uid);
    Http provider = new Http(api());

    HttpResponse<String> forged = provider.post("/webhooks/payments", body,
        "Webhook-Signature", ProviderSignature.sign("whsec_guess", Instant.now(), body));
    HttpResponse<String> genuine = provider.post("/webhooks/payments", body,
        "Webhook-Signature", ProviderSignature.sign(WEBHOOK_SECRET, Instant.now(), body));

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(200);
    assertThat(Http.json(browser.get("/me")).getString("plan")).isEqualTo("pro");
    assertThat(coins(browser)).isEqualTo(300);
  }

  @Test
  void backgroundJob_paysTheLoyaltyBonusOnce_withoutASession() {
    Http browser = new Http(api());
    String uid = signUp(browser, "dave");
    deliver(ProviderSignature.coinPack("evt_" + UUID.randomUUID(), uid));
    browser.post("/me/checkout", "{\"item\":\"grinder\"}");
    browser.post("/me/checkout", "{\"item\":\"mug\"}");
    Http operator = new Http(api());
    String auth = "Bearer " + JOBS_TOKEN;

    HttpResponse<String> started = operator.post("/jobs/loyalty-bonus", null, "Authorization", auth);
    JsonObject finished = Http.json(operator.get("/jobs/" + Http.json(started).getString("id") + "?wait=20",
        "Authorization", auth));
    HttpResponse<String> rerun = operator.post("/jobs/loyalty-bonus", null, "Authorization", auth);
    JsonObject rerunFinished = Http.json(operator.get("/jobs/" + Http.json(rerun).getString("id") + "?wait=20",
        "Authorization", auth));
    JsonObject me = Http.json(browser.get("/me"));

    assertThat(started.statusCode()).isEqualTo(202);
    assertThat(finished.getString("state")).isEqualTo("succeeded");
    assertThat(finished.getInt("paid")).isGreaterThanOrEqualTo(1);
    assertThat(rerunFinished.getString("state")).isEqualTo("succeeded");
    assertThat(me.getJsonObject("loyalty").getString("tier")).isEqualTo("silver");
    assertThat(me.getJsonNumber("coins").longValue()).as("1200 - 890 - 120 + a silver bonus once").isEqualTo(240);
  }

  @Test
  void appEndpoint_actsForTheVerifiedSessionsUser_throughCdi(AmbaEmulator emulator) {
    ExampleWarSessions.appEndpointActsForTheVerifiedSessionsUser(emulator, api());
  }
}
