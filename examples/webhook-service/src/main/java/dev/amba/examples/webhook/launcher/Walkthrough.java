package dev.amba.examples.webhook.launcher;

import dev.amba.examples.webhook.WebhookSignature;
import jakarta.json.Json;
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
 * The whole service, exercised over HTTP the way its clients would: two users of the BFF, a payments
 * provider calling the webhook, an operator running the background job. Every step prints what it
 * sent and what came back, and says what it checks.
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

    title("Alice checks out; the user_id she slips into the body is ignored, prices come from the server");
    JsonObject receipt = json(call(alice, "POST", "/me/checkout",
        "{\"user_id\":\"" + bobUid + "\",\"coupon\":\"WELCOME10\",\"items\":["
            + "{\"sku\":\"coffee-beans\",\"quantity\":2},{\"sku\":\"grinder\",\"quantity\":1}]}", null, 200));
    expect(receipt, "uid is Alice's", r -> r.getString("uid").equals(aliceUid));
    expect(receipt, "12500 - 10% = 11250 cents, 112 points", r -> r.getJsonNumber("totalCents").longValue() == 11_250
        && r.getJsonNumber("pointsEarned").longValue() == 112);

    title("The welcome coupon works once per user");
    call(alice, "POST", "/me/checkout", "{\"coupon\":\"WELCOME10\",\"items\":[{\"sku\":\"mug\",\"quantity\":1}]}", null, 400);

    title("Bob buys a mug");
    expect(json(call(bob, "POST", "/me/checkout", "{\"items\":[{\"sku\":\"mug\",\"quantity\":1}]}", null, 200)),
        "uid is Bob's, 12 points", r -> r.getString("uid").equals(bobUid) && r.getJsonNumber("loyaltyPoints").longValue() == 12);

    title("The payments provider reports Alice's subscription; the HMAC of the raw body checks out");
    String event = paymentEvent("evt_" + suffix, aliceUid);
    long now = Instant.now().getEpochSecond();
    expect(json(webhook(event, WebhookSignature.sign(webhookSecret, now, bytes(event)), 200)),
        "Alice is now on the pro plan", r -> r.getString("outcome").equals("plan_pro"));

    title("A delivery signed with another secret is refused");
    expect(json(webhook(event, WebhookSignature.sign("whsec_guessed", now, bytes(event)), 400)),
        "signature mismatch", r -> r.getString("error").equals("signature_mismatch"));

    title("A captured delivery replayed ten minutes later is refused");
    expect(json(webhook(event, WebhookSignature.sign(webhookSecret, now - 600, bytes(event)), 400)),
        "too old", r -> r.getString("error").equals("signature_stale"));

    title("The background job needs the operator token");
    call(anonymous, "POST", "/jobs/loyalty-tiers", null, null, 401);

    title("An operator starts the loyalty-tier job, which acts for every user without a session");
    String[] auth = {"Authorization", "Bearer " + jobsToken};
    String jobId = json(call(anonymous, "POST", "/jobs/loyalty-tiers", null, auth, 202)).getString("id");

    title("Its result, once it has finished (the server holds the answer up to 20 s)");
    expect(json(call(anonymous, "GET", "/jobs/" + jobId + "?wait=20", null, auth, 200)), "succeeded, tiers changed",
        r -> r.getString("state").equals("succeeded") && r.getInt("changed") >= 2 && r.getInt("failed") == 0);

    title("Alice's profile: plan from the webhook, points from the checkout, tier from the job");
    expect(json(call(alice, "GET", "/me", null, null, 200)).getJsonObject("properties"), "pro, 112 points, silver",
        p -> p.getString("plan").equals("pro") && p.getJsonNumber("loyalty_points").longValue() == 112
            && p.getString("tier").equals("silver"));

    title("Bob's profile is his own");
    expect(json(call(bob, "GET", "/me", null, null, 200)).getJsonObject("properties"), "no plan, 12 points, bronze",
        p -> !p.containsKey("plan") && p.getJsonNumber("loyalty_points").longValue() == 12
            && p.getString("tier").equals("bronze"));

    title("Alice signs out; her cookie no longer names anyone");
    call(alice, "DELETE", "/session", null, null, 204);
    call(alice, "GET", "/me", null, null, 401);
  }

  private static String paymentEvent(String id, String uid) {
    return "{\"id\":\"" + id + "\",\"type\":\"subscription.activated\",\"created\":" + Instant.now().getEpochSecond()
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
