package dev.amba.examples.webhook.launcher;

import dev.amba.examples.webhook.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The whole service, exercised over HTTP the way its clients would: two users of the BFF shopping
 * with coins, a payments provider calling the webhook (once more than it should), an operator running
 * the background job twice. Every step prints what it sent and what came back, and says what it
 * checks. The README's walkthrough lists these steps' titles, in this order.
 */
final class Walkthrough {

  private final String api;
  private final String webhookSecret;
  private final String jobsToken;
  private final PrintStream out;
  private final HttpClient alice = client();
  private final HttpClient bob = client();
  private final HttpClient anonymous = client();
  private int step;

  Walkthrough(String base, String webhookSecret, String jobsToken, PrintStream out) {
    this.api = base + "/api";
    this.webhookSecret = webhookSecret;
    this.jobsToken = jobsToken;
    this.out = out;
  }

  /** Runs every step; false at the first that does not behave, after saying why. */
  boolean run() {
    try {
      steps();
      out.println();
      out.println("Demo finished: all " + step + " steps passed.");
      return true;
    } catch (StepFailed e) {
      out.println();
      out.println("Demo FAILED at step " + step + ": " + e.getMessage());
      return false;
    }
  }

  private void steps() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);

    title("The service is up and reaches Amba through its injected AmbaClient");
    call(anonymous, "GET", "/health", null, null, 200);

    title("Alice signs up through the BFF: Amba checks the password, the service keeps a session");
    String aliceUid = json(call(alice, "POST", "/signup",
        "{\"email\":\"alice-" + suffix + "@example.com\",\"password\":\"correct-horse\"}", null, 200)).getString("uid");

    title("Bob signs up too, in his own browser");
    String bobUid = json(call(bob, "POST", "/signup",
        "{\"email\":\"bob-" + suffix + "@example.com\",\"password\":\"battery-staple\"}", null, 200)).getString("uid");

    title("Without a session, a header or parameter naming Alice gets nobody's data");
    call(anonymous, "GET", "/me?user_id=" + aliceUid, null, new String[] {"X-Amba-On-Behalf-Of", aliceUid}, 401);

    title("Alice opens the shop: an Amba store listing catalog items, priced in coins");
    expect(json(call(alice, "GET", "/shop", null, null, 200)).getJsonArray("listings"),
        "beans 150 (the shop's price), mug 120, grinder 890",
        l -> price(l, "coffee_beans") == 150 && price(l, "mug") == 120 && price(l, "grinder") == 890);

    title("With no coins yet, Alice's checkout of the grinder is refused with 402, nothing charged");
    expect(json(call(alice, "POST", "/me/checkout", "{\"item\":\"grinder\"}", null, 402)), "insufficient_coins",
        r -> r.getString("error").equals("insufficient_coins"));

    title("Her wallet and her inventory are as they were");
    expect(json(call(alice, "GET", "/me", null, null, 200)), "0 coins, no items",
        p -> coins(p) == 0 && p.getJsonArray("items").isEmpty());

    title("The payments provider reports Alice's coin pack; the HMAC checks out, 1200 coins are granted");
    String pack = paymentEvent("evt_pack_" + suffix, aliceUid);
    JsonObject first = json(webhook(pack, WebhookSignature.sign(webhookSecret, now(), bytes(pack)), 200));
    expect(first, "coins_granted, 1200 coins, not a duplicate", a -> a.getString("outcome").equals("coins_granted")
        && a.getJsonNumber("coins").longValue() == 1_200 && !a.getBoolean("duplicate"));

    title("The provider delivers the same event again: acknowledged as a duplicate, credited once");
    expect(json(webhook(pack, WebhookSignature.sign(webhookSecret, now(), bytes(pack)), 200)),
        "duplicate, the first delivery's transaction, balance 1200", a -> a.getBoolean("duplicate")
            && a.getString("transactionId").equals(first.getString("transactionId"))
            && a.getJsonNumber("balanceAfter").longValue() == 1_200);

    title("A delivery signed with another secret is refused");
    expect(json(webhook(pack, WebhookSignature.sign("whsec_guessed", now(), bytes(pack)), 400)),
        "signature mismatch", r -> r.getString("error").equals("signature_mismatch"));

    title("A captured delivery replayed ten minutes later is refused");
    expect(json(webhook(pack, WebhookSignature.sign(webhookSecret, now() - 600, bytes(pack)), 400)),
        "too old", r -> r.getString("error").equals("signature_stale"));

    title("Alice buys the grinder with the welcome coupon; the user_id she slips into the body is ignored");
    JsonObject receipt = json(call(alice, "POST", "/me/checkout",
        "{\"user_id\":\"" + bobUid + "\",\"item\":\"grinder\",\"coupon\":\"WELCOME10\"}", null, 200));
    expect(receipt, "Alice's order: 1200 + 100 (coupon) - 890 = 410 coins left", r -> r.getString("uid").equals(aliceUid)
        && r.getJsonNumber("priceCoins").longValue() == 890 && r.getJsonNumber("coinsLeft").longValue() == 410);

    title("The coupon is a promo code claimed once: a second use is refused, nothing charged");
    expect(json(call(alice, "POST", "/me/checkout", "{\"item\":\"mug\",\"coupon\":\"WELCOME10\"}", null, 409)),
        "coupon_already_used", r -> r.getString("error").equals("coupon_already_used"));

    title("Alice buys a mug: the price is debited and the mug credited in one step");
    expect(json(call(alice, "POST", "/me/checkout", "{\"item\":\"mug\"}", null, 200)), "290 coins left",
        r -> r.getJsonNumber("coinsLeft").longValue() == 290);

    title("A second grinder is refused: it is durable and she owns one");
    expect(json(call(alice, "POST", "/me/checkout", "{\"item\":\"grinder\"}", null, 409)), "already_owned",
        r -> r.getString("error").equals("already_owned"));

    title("Alice opens the app: the BFF qualifies her daily-visit streak");
    expect(json(call(alice, "POST", "/me/visit", null, null, 200)), "day 1, her first visit",
        v -> v.getInt("streakDays") == 1 && v.getBoolean("firstVisit"));

    title("A second visit the same day changes nothing");
    expect(json(call(alice, "POST", "/me/visit", null, null, 200)), "still day 1",
        v -> v.getInt("streakDays") == 1 && !v.getBoolean("firstVisit"));

    title("Bob's subscription starts: the pro plan and its 300 coins, keyed by the provider's event id");
    String subscription = subscriptionEvent("evt_sub_" + suffix, bobUid);
    expect(json(webhook(subscription, WebhookSignature.sign(webhookSecret, now(), bytes(subscription)), 200)),
        "plan_pro, 300 coins", a -> a.getString("outcome").equals("plan_pro") && a.getJsonNumber("coins").longValue() == 300);

    title("Bob buys coffee beans at the shop's price, 150 rather than the catalog's 180");
    expect(json(call(bob, "POST", "/me/checkout", "{\"item\":\"coffee_beans\"}", null, 200)), "Bob's order, 150 left",
        r -> r.getString("uid").equals(bobUid) && r.getJsonNumber("coinsLeft").longValue() == 150);

    title("Alice's profile: her coins, her items, and loyalty as XP from the rule on checkout_completed");
    JsonObject aliceProfile = json(call(alice, "GET", "/me", null, null, 200));
    expect(aliceProfile, "290 coins, grinder and mug, 2 orders = 120 XP, level 2, silver, a 1-day streak",
        p -> coins(p) == 290 && p.getJsonArray("items").size() == 2 && p.getJsonObject("loyalty").getInt("xp") == 120
            && p.getJsonObject("loyalty").getString("tier").equals("silver") && p.getInt("visitStreak") == 1);

    title("Bob's profile is his own: the pro plan, one order, bronze, ranked below Alice this month");
    expect(json(call(bob, "GET", "/me", null, null, 200)), "pro, 150 coins, 60 XP, bronze, below Alice",
        p -> p.getString("plan").equals("pro") && coins(p) == 150 && p.getJsonObject("loyalty").getInt("xp") == 60
            && p.getJsonObject("loyalty").getString("tier").equals("bronze")
            && p.getJsonObject("loyalty").getInt("monthlyRank") > aliceProfile.getJsonObject("loyalty").getInt("monthlyRank"));

    title("The background job needs the operator token");
    call(anonymous, "POST", "/jobs/loyalty-bonus", null, null, 401);

    title("An operator starts the monthly loyalty bonus, which reads XP levels rather than every user");
    String[] auth = {"Authorization", "Bearer " + jobsToken};
    String jobId = json(call(anonymous, "POST", "/jobs/loyalty-bonus", null, auth, 202)).getString("id");

    title("Its result (the server holds the answer up to 20 s): silver and gold customers paid");
    expect(json(call(anonymous, "GET", "/jobs/" + jobId + "?wait=20", null, auth, 200)), "succeeded, Alice among the paid",
        r -> r.getString("state").equals("succeeded") && r.getInt("paid") >= 1 && r.getInt("failed") == 0);

    title("The scheduler fires twice: the second run pays nobody again");
    String again = json(call(anonymous, "POST", "/jobs/loyalty-bonus", null, auth, 202)).getString("id");
    expect(json(call(anonymous, "GET", "/jobs/" + again + "?wait=20", null, auth, 200)), "succeeded, 0 paid, the rest already paid",
        r -> r.getString("state").equals("succeeded") && r.getInt("paid") == 0 && r.getInt("alreadyPaid") >= 1);

    title("Alice has her silver bonus once: 290 + 50 coins");
    expect(json(call(alice, "GET", "/me", null, null, 200)), "340 coins", p -> coins(p) == 340);

    title("Alice signs out; her cookie no longer names anyone");
    call(alice, "DELETE", "/session", null, null, 204);
    call(alice, "GET", "/me", null, null, 401);
  }

  private static long price(JsonArray listings, String item) {
    return listings.getValuesAs(JsonObject.class).stream().filter(l -> l.getString("item").equals(item))
        .findFirst().orElseThrow().getJsonNumber("priceCoins").longValue();
  }

  private static long coins(JsonObject profile) {
    return profile.getJsonNumber("coins").longValue();
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  private static String paymentEvent(String id, String uid) {
    return "{\"id\":\"" + id + "\",\"type\":\"payment.succeeded\",\"created\":" + now()
        + ",\"data\":{\"user_id\":\"" + uid + "\",\"amount\":999,\"currency\":\"usd\",\"product\":\"coins_1200\"}}";
  }

  private static String subscriptionEvent(String id, String uid) {
    return "{\"id\":\"" + id + "\",\"type\":\"subscription.activated\",\"created\":" + now()
        + ",\"data\":{\"user_id\":\"" + uid + "\",\"plan\":\"pro\"}}";
  }

  private String webhook(String body, String signature, int expected) {
    return call(anonymous, "POST", "/webhooks/payments", body, new String[] {WebhookSignature.HEADER, signature}, expected);
  }

  private void title(String text) {
    step++;
    out.println();
    out.println("[" + step + "] " + text);
  }

  private String call(HttpClient client, String method, String path, String body, String[] headers, int expected) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    StringBuilder shown = new StringBuilder("    " + method + " /api" + path);
    if (headers != null) {
      request.header(headers[0], headers[1]);
      // The operator token may be a real one from JOBS_TOKEN: never on the screen.
      String value = headers[0].equals("Authorization") ? "Bearer ****" : abbreviate(headers[1]);
      shown.append("  (").append(headers[0]).append(": ").append(value).append(')');
    }
    out.println(shown);
    if (body != null) {
      out.println("    " + body);
    }
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new StepFailed("no answer from the service: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StepFailed("interrupted");
    }
    out.println("  → " + response.statusCode() + " " + response.body());
    if (response.statusCode() != expected) {
      throw new StepFailed("expected HTTP " + expected + ", got " + response.statusCode());
    }
    return response.body();
  }

  private <T> void expect(T value, String what, Predicate<T> check) {
    boolean ok;
    try {
      ok = check.test(value);
    } catch (RuntimeException e) {
      ok = false;
    }
    if (!ok) {
      throw new StepFailed("expected " + what);
    }
    out.println("    ✓ " + what);
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new StepFailed("expected a JSON object, got " + body);
      }
      return value.asJsonObject();
    } catch (jakarta.json.JsonException e) {
      throw new StepFailed("expected JSON, got " + body);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String abbreviate(String value) {
    return value.length() > 24 ? value.substring(0, 20) + "…" : value;
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
  }

  private static final class StepFailed extends RuntimeException {
    StepFailed(String message) {
      super(message, null, false, false);
    }
  }
}
