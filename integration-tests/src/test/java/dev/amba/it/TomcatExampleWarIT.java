package dev.amba.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example's Tomcat WAR on embedded Tomcat 10.1: AmbaFilter registered in its web.xml, the
 * client from amba-cdi under Weld Servlet, JAX-RS by RESTEasy, settings from MicroProfile Config.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class TomcatExampleWarIT {

  private static final String WEBHOOK_SECRET = "whsec_it_" + UUID.randomUUID();
  private static final String JOBS_TOKEN = "jobs_it_" + UUID.randomUUID();

  private static SystemProperties properties;
  private static EmbeddedTomcat tomcat;
  private static String api;

  @BeforeAll
  static void deploy(AmbaEmulator emulator) throws Exception {
    EmulatorProject project = emulator.defaultProject();
    properties = new SystemProperties(Map.of(
        "amba.project-id", project.projectId(),
        "amba.client-key", project.clientKey(),
        "amba.server-key", project.serverKey(),
        "amba.api-url", emulator.apiUrl(),
        "webhook.secret", WEBHOOK_SECRET,
        "jobs.token", JOBS_TOKEN));
    tomcat = new EmbeddedTomcat(EmbeddedTomcat.war("webhook-service-tomcat.war"));
    assertThat(tomcat.started()).as("the webapp started").isTrue();
    api = tomcat.base() + "/api";
  }

  @AfterAll
  static void undeploy() throws Exception {
    try {
      if (tomcat != null) {
        tomcat.close();
      }
    } finally {
      properties.close();
    }
  }

  private static String signUp(Http browser, String who) {
    HttpResponse<String> response = browser.post("/signup",
        "{\"email\":\"" + who + "-" + UUID.randomUUID() + "@example.com\",\"password\":\"correct-horse\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).getString("uid");
  }

  @Test
  void injectedClient_reachesAmba() {
    HttpResponse<String> response = new Http(api).get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.json(response).getString("amba")).isEqualTo("ok");
  }

  @Test
  void bffEndpoints_actOnlyForTheSessionsUser() {
    Http alice = new Http(api);
    Http bob = new Http(api);
    String aliceUid = signUp(alice, "alice");
    String bobUid = signUp(bob, "bob");

    HttpResponse<String> receipt = alice.post("/me/checkout",
        "{\"user_id\":\"" + bobUid + "\",\"items\":[{\"sku\":\"mug\",\"quantity\":3}]}");
    HttpResponse<String> bobsProfile = bob.get("/me");
    HttpResponse<String> forged = new Http(api).get("/me", "X-Amba-On-Behalf-Of", aliceUid);

    assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
    assertThat(Http.json(receipt).getString("uid")).isEqualTo(aliceUid);
    assertThat(Http.json(receipt).getJsonNumber("totalCents").longValue()).isEqualTo(3_600);
    assertThat(Http.json(bobsProfile).getString("uid")).isEqualTo(bobUid);
    assertThat(Http.json(bobsProfile).getJsonObject("properties")).doesNotContainKey("loyalty_points");
    assertThat(forged.statusCode()).isEqualTo(401);
  }

  @Test
  void signedWebhook_actsForTheUserItNames_andAForgedOneIsRefused() {
    Http browser = new Http(api);
    String uid = signUp(browser, "carol");
    String body = ProviderSignature.subscriptionActivated("evt_" + UUID.randomUUID(), uid);
    Http provider = new Http(api);

    HttpResponse<String> forged = provider.post("/webhooks/payments", body,
        "Webhook-Signature", ProviderSignature.sign("whsec_guess", Instant.now(), body));
    HttpResponse<String> genuine = provider.post("/webhooks/payments", body,
        "Webhook-Signature", ProviderSignature.sign(WEBHOOK_SECRET, Instant.now(), body));

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(200);
    assertThat(Http.json(browser.get("/me")).getJsonObject("properties").getString("plan")).isEqualTo("pro");
  }

  @Test
  void backgroundJob_updatesEveryUserWithoutASession() {
    Http browser = new Http(api);
    signUp(browser, "dave");
    browser.post("/me/checkout", "{\"items\":[{\"sku\":\"grinder\",\"quantity\":3}]}");
    Http operator = new Http(api);
    String auth = "Bearer " + JOBS_TOKEN;

    HttpResponse<String> started = operator.post("/jobs/loyalty-tiers", null, "Authorization", auth);
    JsonObject finished = Http.json(operator.get("/jobs/" + Http.json(started).getString("id") + "?wait=20",
        "Authorization", auth));

    assertThat(started.statusCode()).isEqualTo(202);
    assertThat(finished.getString("state")).isEqualTo("succeeded");
    assertThat(finished.getInt("users")).isGreaterThanOrEqualTo(1);
    assertThat(Http.json(browser.get("/me")).getJsonObject("properties").getString("tier")).isEqualTo("gold");
  }
}
